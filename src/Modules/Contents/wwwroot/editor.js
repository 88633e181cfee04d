// Live character counters for the fields an editor partial marks with data-counter-max. Progressive enhancement:
// the limits are advice, and the server repeats them as warnings after saving. The text comes from the page
// (data-counter-text, "{0} de {1}…") so that nothing shown is written here.
(function () {
    'use strict';
    document.querySelectorAll('[data-counter-max]').forEach(function (field) {
        var output = document.getElementById(field.getAttribute('data-counter-id'));
        if (!output) {
            return;
        }

        var max = Number(field.getAttribute('data-counter-max'));
        var template = field.getAttribute('data-counter-text') || '';
        var update = function () {
            var length = field.value.trim().length;
            output.textContent = template.replace('{0}', String(length)).replace('{1}', String(max));
            output.classList.toggle('field-warning', length > max);
        };
        field.addEventListener('input', update);
        update();
    });
}());
