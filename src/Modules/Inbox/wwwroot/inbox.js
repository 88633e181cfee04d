// The inbox. The list follows the server's change events and refreshes in place, and with it the unread count
// beside "Solicitudes" in the menu. On a request page, picking a canned answer fills the answer box with it, its
// variables filled in for this request, and checks it as typed words are (the Admin module's answer-check.js).
// Without script every page works as plain forms and links.
(function () {
    'use strict';

    var composer = document.getElementById('answer-form');
    if (composer) {
        var box = composer.querySelector('textarea');

        var picker = document.getElementById('canned-form');
        if (picker) {
            picker.addEventListener('submit', function (event) {
                event.preventDefault();
                var id = picker.elements.respuesta.value;
                if (!id) {
                    return;
                }

                fetch(picker.dataset.fillUrl + '&id=' + encodeURIComponent(id), { credentials: 'same-origin' })
                    .then(function (response) { return response.ok ? response.text() : null; })
                    .then(function (text) {
                        if (text !== null) {
                            box.value = text;
                            box.focus();
                            box.dispatchEvent(new Event('input', { bubbles: true }));
                        }
                    })
                    .catch(function () { picker.submit(); });
            });
        }
    }

    var list = document.getElementById('inbox-list');
    var status = document.getElementById('inbox-status');
    if (!list || !status || !window.EventSource) {
        return;
    }

    function badge() {
        var counts = document.getElementById('inbox-counts');
        var shown = document.querySelector('[data-menu-badge="' + list.dataset.badge + '"]');
        if (!counts || !shown) {
            return;
        }

        var unread = parseInt(counts.dataset.unread, 10) || 0;
        shown.hidden = unread === 0;
        // The leading space keeps the link's accessible name "Solicitudes 3 …", not "Solicitudes3 …".
        shown.textContent = ' ';
        var number = document.createElement('span');
        number.setAttribute('aria-hidden', 'true');
        number.textContent = String(unread);
        var label = document.createElement('span');
        label.className = 'visually-hidden';
        label.textContent = counts.dataset.unreadLabel;
        shown.appendChild(number);
        shown.appendChild(label);
    }

    new EventSource(list.dataset.changesUrl).onmessage = function () {
        // Focus inside the list stays where the person left it only if the list is not swapped under it.
        if (list.contains(document.activeElement)) {
            return;
        }

        fetch(list.dataset.listUrl, { credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                if (html !== null) {
                    list.innerHTML = html;
                    status.textContent = list.dataset.fresh;
                    badge();
                }
            })
            .catch(function () { /* The next change tries again. */ });
    };
})();
