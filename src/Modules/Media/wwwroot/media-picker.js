// The media picker of editor forms (see MediaFieldTagHelper). Without this file the asset id field still works;
// with it, a button opens a dialog that lists the library (search, type, pages) and can upload a new file.
// Every text shown comes from the page's data attributes, so nothing Spanish is written here.
(function () {
    'use strict';

    function format(template, values) {
        return template.replace(/\{(\w+)\}/g, function (match, key) {
            return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match;
        });
    }

    function token(field) {
        var form = field.closest('form');
        var input = form && form.querySelector('input[name="__RequestVerificationToken"]');
        return input ? input.value : '';
    }

    function enhance(field) {
        var dialog = field.querySelector('[data-media-dialog]');
        var idInput = field.querySelector('[data-media-id]');
        if (!dialog || !idInput || typeof dialog.showModal !== 'function' || !window.fetch) {
            return;
        }

        var endpoint = field.getAttribute('data-endpoint');
        var kinds = field.getAttribute('data-kinds') || '';
        var preview = field.querySelector('[data-media-preview]');
        var alt = field.querySelector('[data-media-alt]');
        var decorative = field.querySelector('[data-media-decorative]');
        var search = dialog.querySelector('[data-media-search]');
        var group = dialog.querySelector('[data-media-group]');
        var status = dialog.querySelector('[data-media-status]');
        var results = dialog.querySelector('[data-media-results]');
        var previous = dialog.querySelector('[data-media-previous]');
        var next = dialog.querySelector('[data-media-next]');
        var upload = dialog.querySelector('[data-media-upload]');
        var page = 1;
        var pageCount = 1;

        var open = document.createElement('button');
        open.type = 'button';
        open.className = 'button-secondary';
        open.textContent = field.getAttribute('data-open-text');
        open.setAttribute('data-media-open', '');
        idInput.parentNode.appendChild(open);

        function text(name) {
            return dialog.getAttribute('data-text-' + name) || '';
        }

        function load() {
            var query = new URLSearchParams({ buscar: search.value, pagina: String(page), admitidos: kinds });
            if (group && group.value) {
                query.set('tipo', group.value);
            }

            results.setAttribute('aria-busy', 'true');
            fetch(endpoint + '?' + query.toString(), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(String(response.status));
                    }
                    return response.json();
                })
                .then(show, function () {
                    status.textContent = text('error');
                })
                .then(function () {
                    results.removeAttribute('aria-busy');
                });
        }

        function show(data) {
            page = data.page;
            pageCount = data.pageCount;
            results.replaceChildren();
            data.items.forEach(function (item) {
                var entry = document.createElement('li');
                var choose = document.createElement('button');
                choose.type = 'button';
                choose.className = 'media-dialog-choice';
                if (item.preview) {
                    var image = document.createElement('img');
                    image.src = item.preview;
                    image.alt = '';
                    image.loading = 'lazy';
                    choose.appendChild(image);
                }
                var name = document.createElement('span');
                name.textContent = format(text('choose'), { name: item.fileName });
                choose.appendChild(name);
                var kind = document.createElement('span');
                kind.className = 'hint';
                kind.textContent = item.kindLabel + (item.tags.length ? ' · ' + item.tags.join(', ') : '');
                choose.appendChild(kind);
                choose.addEventListener('click', function () {
                    pick(item);
                });
                entry.appendChild(choose);
                results.appendChild(entry);
            });
            status.textContent = data.total === 0 ? text('empty') : format(text('page'), { page: data.page, pages: data.pageCount, total: data.total });
            previous.disabled = page <= 1;
            next.disabled = page >= pageCount;
        }

        function pick(item) {
            var oldDefault = alt ? alt.getAttribute('data-default') : '';
            idInput.value = item.id;
            preview.replaceChildren();
            if (item.preview) {
                var image = document.createElement('img');
                image.className = 'media-field-thumb';
                image.src = item.preview;
                image.alt = '';
                preview.appendChild(image);
            }
            var line = document.createElement('p');
            var link = document.createElement('a');
            link.href = item.detailUrl;
            link.textContent = item.fileName;
            line.appendChild(link);
            var kind = document.createElement('span');
            kind.className = 'hint';
            kind.textContent = ' (' + item.kindLabel + ')';
            line.appendChild(kind);
            preview.appendChild(line);
            if (alt) {
                // The library's alt text is offered unless the editor already wrote one of their own.
                if (!alt.value || alt.value === oldDefault) {
                    alt.value = item.altText || '';
                }
                alt.setAttribute('data-default', item.altText || '');
            }
            dialog.close();
            idInput.focus();
        }

        function sendUpload() {
            if (!upload.files || upload.files.length === 0) {
                return;
            }

            var body = new FormData();
            body.append('archivo', upload.files[0]);
            body.append('admitidos', kinds);
            status.textContent = text('uploading');
            fetch(endpoint, { method: 'POST', body: body, credentials: 'same-origin', headers: { RequestVerificationToken: token(field), Accept: 'application/json' } })
                .then(function (response) {
                    return response.json().then(function (data) {
                        if (!response.ok) {
                            throw new Error(data.detail || text('error'));
                        }
                        return data;
                    }, function () {
                        throw new Error(text('error'));
                    });
                })
                .then(function (item) {
                    upload.value = '';
                    pick(item);
                }, function (error) {
                    status.textContent = error.message;
                });
        }

        open.addEventListener('click', function () {
            page = 1;
            status.textContent = '';
            dialog.showModal();
            search.focus();
            load();
        });
        dialog.querySelector('[data-media-close]').addEventListener('click', function () {
            dialog.close();
        });
        dialog.addEventListener('close', function () {
            open.focus();
        });
        dialog.querySelector('[data-media-search-go]').addEventListener('click', function () {
            page = 1;
            load();
        });
        // Enter in the search box searches instead of submitting the editor's form.
        search.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
                event.preventDefault();
                page = 1;
                load();
            }
        });
        if (group) {
            group.addEventListener('change', function () {
                page = 1;
                load();
            });
        }
        previous.addEventListener('click', function () {
            if (page > 1) {
                page -= 1;
                load();
            }
        });
        next.addEventListener('click', function () {
            if (page < pageCount) {
                page += 1;
                load();
            }
        });
        var uploadGo = dialog.querySelector('[data-media-upload-go]');
        if (upload && uploadGo) {
            uploadGo.addEventListener('click', sendUpload);
        }
        if (decorative && alt) {
            var sync = function () {
                alt.disabled = decorative.checked;
            };
            decorative.addEventListener('change', sync);
            sync();
        }
    }

    document.querySelectorAll('[data-media-field]').forEach(enhance);
}());
