// Conversations. The list follows the server's change events and refreshes in place, unless someone is writing an
// answer in it: then it only offers the fresh list, so no typed answer is ever lost (the answer box's checks as the
// person types are the Admin module's answer-check.js). Without script both pages work as plain forms and links.
(function () {
    'use strict';

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
