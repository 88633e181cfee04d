// The edit page's enhancements; without them the page still works, and the server repeats everything on save.
// Nothing shown is written here: texts come from the page's data attributes.
(function () {
    'use strict';

    // Live character counters for the fields marked with data-counter-max. The count under the field is quiet;
    // its status beside it speaks only when the text goes over the advised length or back under it.
    document.querySelectorAll('[data-counter-max]').forEach(function (field) {
        var output = document.getElementById(field.getAttribute('data-counter-id'));
        if (!output) {
            return;
        }

        var status = document.getElementById(output.id.replace(/-count$/, '-limit'));
        var max = Number(field.getAttribute('data-counter-max'));
        var template = output.getAttribute('data-text') || '';
        var wasOver = null;
        var update = function () {
            var length = field.value.trim().length;
            var over = length > max;
            output.textContent = template.replace('{0}', String(length)).replace('{1}', String(max));
            output.classList.toggle('field-warning', over);
            if (status && wasOver !== null && over !== wasOver) {
                status.textContent = output.getAttribute(over ? 'data-over' : 'data-under') || '';
            }

            wasOver = over;
        };
        field.addEventListener('input', update);
        update();
    });

    // The plain-language panel: the form as typed is posted to the page's Readability handler (same checks as on
    // save, with the antiforgery token the form carries), a moment after the editor stops typing.
    var panel = document.querySelector('[data-readability-url]');
    var form = document.getElementById('content-form');
    if (!panel || !form || !window.fetch) {
        return;
    }

    var url = panel.getAttribute('data-readability-url');
    var status = document.getElementById('readability-status');
    var timer = null;
    var pending = null;
    var refresh = function () {
        if (pending) {
            pending.abort();
        }

        pending = new AbortController();
        fetch(url, { method: 'POST', body: new FormData(form), credentials: 'same-origin', signal: pending.signal })
            .then(function (response) {
                return response.ok ? response.text() : null;
            })
            .then(function (html) {
                if (html === null) {
                    return;
                }

                var current = document.getElementById('readability-results');
                var template = document.createElement('template');
                template.innerHTML = html.trim();
                var results = template.content.firstElementChild;
                if (current && results) {
                    current.replaceWith(results);
                    if (status) {
                        status.textContent = results.getAttribute('data-announce') || '';
                    }
                }
            })
            .catch(function () {
                // Offline or aborted by newer typing: the panel keeps its last results and saving still checks.
            });
    };
    form.addEventListener('input', function (event) {
        if (!(event.target instanceof HTMLTextAreaElement) && !(event.target instanceof HTMLInputElement && event.target.type === 'text')) {
            return;
        }

        window.clearTimeout(timer);
        timer = window.setTimeout(refresh, 600);
    });
}());
