// Plain-language checks as the person types: a form with data-check-url posts its fields, with the words being
// typed as "text", to the page's Check handler and shows the server's answer in its .answer-check. It is a help:
// the server checks again on sending, and without script the forms work as they are.
(function () {
    'use strict';

    var timers = new WeakMap();

    document.addEventListener('input', function (event) {
        var box = event.target;
        var form = box.tagName === 'TEXTAREA' ? box.closest('form[data-check-url]') : null;
        var target = form ? form.querySelector('.answer-check') : null;
        if (!target) {
            return;
        }

        clearTimeout(timers.get(form));
        timers.set(form, setTimeout(function () {
            var data = new FormData(form);
            data.set('text', box.value);
            fetch(form.dataset.checkUrl, { method: 'POST', body: data, credentials: 'same-origin' })
                .then(function (response) { return response.ok ? response.text() : null; })
                .then(function (html) {
                    if (html !== null) {
                        target.innerHTML = html;
                    }
                })
                .catch(function () { /* Nothing is lost: the answer is checked again when it is sent. */ });
        }, 400));
    });
}());
