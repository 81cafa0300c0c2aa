/*
 * Small enhancements of the catalog pages. Every page works without them: links, and forms sent with GET.
 *
 * - Search box (an autocomplete whose suggestions panel has the class agora-search-panel): picking a suggestion,
 *   by click or Enter, searches for it at once; Enter without a highlighted suggestion searches for what was typed
 *   (the autocomplete would otherwise keep that Enter for itself while suggestions are open or on their way).
 * - A form with the attribute data-agora-autosubmit sends itself when one of its choices changes; its submit
 *   button (class agora-nojs-only) is then hidden.
 */
(function () {
    'use strict';

    var PANEL = '.agora-search-panel';

    document.documentElement.classList.add('agora-js');

    function isOpen(panel) {
        return panel !== null && window.getComputedStyle(panel).display !== 'none';
    }

    document.addEventListener('click', function (event) {
        var item = event.target.closest ? event.target.closest(PANEL + ' .ui-autocomplete-item') : null;
        if (item === null || item.classList.contains('ui-autocomplete-moretext')) {
            return;
        }
        var panel = item.closest(PANEL);
        var input = document.getElementById(panel.id.replace(/_panel$/, '_input'));
        if (input !== null && input.form) {
            input.value = item.getAttribute('data-item-label');
            input.form.submit();
        }
    });

    // capture: runs before the autocomplete's own handler
    document.addEventListener('keydown', function (event) {
        var input = event.target;
        if (event.key !== 'Enter' || !input.form || !input.id || !/_input$/.test(input.id)) {
            return;
        }
        var panel = document.getElementById(input.id.replace(/_input$/, '_panel'));
        if (panel === null || !panel.classList.contains(PANEL.substring(1))) {
            return;
        }
        if (isOpen(panel) && panel.querySelector('.ui-autocomplete-item.ui-state-highlight') !== null) {
            return; // the autocomplete picks it, which ends in the click above
        }
        event.preventDefault();
        input.form.submit();
    }, true);

    document.addEventListener('change', function (event) {
        var form = event.target.form;
        if (form && form.hasAttribute('data-agora-autosubmit')) {
            form.submit();
        }
    });
}());
