// "¿Te ha resultado útil esta página?" without leaving the page: "No" opens the two questions, answers are posted
// in the background and the thank-you (or the refusal) is announced by the status region. Without this file the
// forms post and come back to the page.
(function () {
    'use strict';
    var widget = document.querySelector('[data-feedback]');
    if (!widget || !window.fetch) {
        return;
    }

    var status = widget.querySelector('[role="status"]');
    var question = widget.querySelector('.page-feedback-question');
    var details = widget.querySelector('.page-feedback-details');
    var done = function (message) {
        widget.querySelectorAll('form').forEach(function (form) {
            form.hidden = true;
        });
        status.textContent = message;
    };
    var send = function (form, submitter) {
        var data = submitter ? new FormData(form, submitter) : new FormData(form);
        fetch(form.action, { method: 'POST', body: data, headers: { Accept: 'application/json' }, credentials: 'same-origin' })
            .then(function (response) {
                return response.json().then(function (body) {
                    done(response.ok ? body.message : (body.detail || body.title || ''));
                });
            })
            .catch(function () {
                // Offline: let the form post the old way.
                form.submit();
            });
    };

    widget.addEventListener('submit', function (event) {
        var form = event.target;
        var submitter = event.submitter;
        event.preventDefault();
        if (form === question && submitter && submitter.value === 'no') {
            submitter.setAttribute('aria-expanded', 'true');
            details.hidden = false;
            details.querySelector('textarea').focus();
            return;
        }

        send(form, form === question ? submitter : null);
    });
}());
