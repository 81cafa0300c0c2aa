/*
 * Small enhancements of the catalog pages. Every page works without them: links, and forms sent with GET.
 *
 * - Search box (an autocomplete whose suggestions panel has the class agora-search-panel): picking a suggestion,
 *   by click or Enter, searches for it at once; Enter without a highlighted suggestion searches for what was typed
 *   (the autocomplete would otherwise keep that Enter for itself while suggestions are open or on their way).
 * - A form with the attribute data-agora-autosubmit sends itself when one of its choices changes; its submit
 *   button (class agora-nojs-only) is then hidden.
 * - Add to cart (the product page's form id add-to-cart-form): sent in the background, the page stays; the answer
 *   (JSON, see AddToCartAction) updates the cart link (id cart-badge) and says "Added" (id cart-added) or why not
 *   (id cart-add-problem) in place. Should that fail (no answer, or not JSON), the form is sent as without script.
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

    function cartLink(answer) {
        var link = document.getElementById('cart-badge');
        if (link === null) {
            return;
        }
        link.setAttribute('title', answer.label);
        link.setAttribute('aria-label', answer.label);
        var count = link.querySelector('.agora-cart-count');
        if (count === null) {
            count = document.createElement('span');
            count.className = 'agora-cart-count';
            link.appendChild(count);
        }
        count.textContent = String(answer.count);
    }

    function note(form, id, className, role) {
        var old = document.getElementById(id);
        if (old !== null) {
            old.remove();
        }
        var paragraph = document.createElement('p');
        paragraph.id = id;
        paragraph.className = className;
        paragraph.setAttribute('role', role);
        form.parentNode.insertBefore(paragraph, form);
        return paragraph;
    }

    function added(form, answer) {
        var problem = document.getElementById('cart-add-problem');
        if (problem !== null) {
            problem.remove();
        }
        cartLink(answer);
        var paragraph = note(form, 'cart-added', 'agora-added', 'status');
        var icon = document.createElement('i');
        icon.className = 'pi pi-check-circle';
        icon.setAttribute('aria-hidden', 'true');
        var link = document.createElement('a');
        link.id = 'cart-added-link';
        link.href = form.getAttribute('data-cart');
        link.textContent = form.getAttribute('data-view-cart');
        paragraph.append(icon, ' ' + answer.message + ' ', link);
    }

    function refused(form, answer) {
        var done = document.getElementById('cart-added');
        if (done !== null) {
            done.remove();
        }
        note(form, 'cart-add-problem', 'agora-problem', 'alert').textContent = answer.message;
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.id !== 'add-to-cart-form' || !window.fetch || !window.URLSearchParams) {
            return;
        }
        event.preventDefault();
        var button = form.querySelector('button[type=submit]');
        button.disabled = true;
        fetch(form.action, {
            method: 'POST',
            headers: {'Accept': 'application/json'},
            body: new URLSearchParams(new FormData(form))
        }).then(function (response) {
            var type = response.headers.get('Content-Type') || '';
            if (type.indexOf('application/json') !== 0) {
                throw new Error('not an answer of the cart: ' + response.status);
            }
            return response.json();
        }).then(function (answer) {
            button.disabled = false;
            if (answer.added) {
                added(form, answer);
            } else {
                refused(form, answer);
            }
        }).catch(function () {
            form.submit(); // as without script: the server's page says what happened
        });
    });

    document.addEventListener('change', function (event) {
        var form = event.target.form;
        if (form && form.hasAttribute('data-agora-autosubmit')) {
            form.submit();
        }
    });
}());
