// Conversations. The answer box shows, as the person types, the length as the network counts it and the
// plain-language checks (the server's, posted to the page's Check handler). The conversations list follows the
// server's change events and refreshes in place, unless someone is writing an answer in it: then it only offers
// the fresh list, so no typed answer is ever lost. Without script both pages work as plain forms and links.
(function () {
    'use strict';

    var timers = new WeakMap();

    function token(form) {
        var field = form.querySelector('input[name="__RequestVerificationToken"]');
        return field ? field.value : '';
    }

    document.addEventListener('input', function (event) {
        var box = event.target;
        var form = box.closest && box.closest('form.answer-form');
        if (!form || box.tagName !== 'TEXTAREA') {
            return;
        }

        clearTimeout(timers.get(form));
        timers.set(form, setTimeout(function () {
            var data = new FormData();
            data.append('interactionId', form.elements.interactionId.value);
            data.append('text', box.value);
            data.append('__RequestVerificationToken', token(form));
            fetch(form.dataset.checkUrl, { method: 'POST', body: data, credentials: 'same-origin' })
                .then(function (response) { return response.ok ? response.text() : null; })
                .then(function (html) {
                    if (html !== null) {
                        form.querySelector('.answer-check').innerHTML = html;
                    }
                })
                .catch(function () { /* The check is a help; the server checks again on sending. */ });
        }, 400));
    });

    var list = document.getElementById('conversation-list');
    var status = document.getElementById('conversations-status');
    if (!list || !status || !window.EventSource) {
        return;
    }

    function writing() {
        return Array.prototype.some.call(list.querySelectorAll('textarea'), function (box) {
            return box.value.trim() !== '' || box === document.activeElement;
        }) || list.contains(document.activeElement);
    }

    function refresh() {
        fetch(list.dataset.listUrl, { credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                if (html !== null) {
                    list.innerHTML = html;
                    status.textContent = list.dataset.fresh;
                }
            })
            .catch(function () { /* The next change tries again. */ });
    }

    new EventSource(list.dataset.changesUrl).onmessage = function () {
        if (!writing()) {
            refresh();
            return;
        }

        if (!status.querySelector('button')) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'button-secondary';
            button.textContent = list.dataset.show;
            button.addEventListener('click', function () {
                status.textContent = '';
                refresh();
            });
            status.textContent = '';
            status.appendChild(button);
        }
    };
})();
