// Progressive enhancement of the upload form (it works without this): files can be dropped on the field, and
// the upload shows its progress. The server's answer replaces the page's main area, as a normal submit would.
// Texts come from the page's data attributes so that nothing shown is written here.
(function () {
    'use strict';

    function enhance(form) {
        var zone = form.querySelector('[data-drop-zone]');
        var input = form.querySelector('input[type=file]');
        var progress = form.querySelector('[data-upload-progress]');
        var status = form.querySelector('[data-upload-status]');
        if (!zone || !input || !progress || !status || !window.FormData || !window.DataTransfer) {
            return;
        }

        var hint = document.createElement('p');
        hint.className = 'drop-zone-text';
        hint.textContent = zone.getAttribute('data-drop-text') || '';
        zone.appendChild(hint);

        ['dragenter', 'dragover'].forEach(function (name) {
            zone.addEventListener(name, function (event) {
                event.preventDefault();
                zone.classList.add('is-over');
            });
        });
        ['dragleave', 'drop'].forEach(function (name) {
            zone.addEventListener(name, function () {
                zone.classList.remove('is-over');
            });
        });
        zone.addEventListener('drop', function (event) {
            event.preventDefault();
            var files = new DataTransfer();
            Array.prototype.forEach.call(input.files, function (file) { files.items.add(file); });
            Array.prototype.forEach.call(event.dataTransfer.files, function (file) { files.items.add(file); });
            input.files = files.files;
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var request = new XMLHttpRequest();
            var template = form.getAttribute('data-progress-text') || '{0} %';
            request.open('POST', form.getAttribute('action') || window.location.href);
            request.upload.addEventListener('progress', function (e) {
                if (e.lengthComputable) {
                    var percent = Math.round((e.loaded / e.total) * 100);
                    progress.value = percent;
                    status.textContent = template.replace('{0}', String(percent));
                }
            });
            request.addEventListener('load', function () {
                var page = new DOMParser().parseFromString(request.responseText, 'text/html');
                var main = document.querySelector('main');
                var answer = page.querySelector('main');
                if (!main || !answer || request.status >= 400) {
                    window.location.assign(request.responseURL || window.location.href);
                    return;
                }

                main.innerHTML = answer.innerHTML;
                document.title = page.title;
                if (request.responseURL) {
                    window.history.replaceState(null, '', request.responseURL);
                }

                main.focus();
                main.querySelectorAll('form[data-media-upload]').forEach(enhance);
            });
            request.addEventListener('error', function () {
                form.submit();
            });
            progress.hidden = false;
            progress.value = 0;
            request.send(new FormData(form));
        });
    }

    document.querySelectorAll('form[data-media-upload]').forEach(enhance);
}());
