/*
 * Small enhancements of the catalog pages. Every page works without them: links, and forms sent with GET.
 *
 * - Search box (an input with the attribute data-agora-suggest, the address of the suggestions, and a datalist):
 *   from two letters on, the names the shop suggests for what was typed fill the datalist (the browser shows them
 *   under the input); picking one searches for it at once. Enter searches for what was typed, as without script.
 * - A form with the attribute data-agora-autosubmit sends itself when one of its choices changes; its submit
 *   button (class agora-nojs-only) is then hidden.
 * - Add to cart (the product page's form id add-to-cart-form): sent in the background, the page stays; the answer
 *   (JSON, see AddToCartAction) updates the cart link (id cart-badge) and says "Added" (id cart-added) or why not
 *   (id cart-add-problem) in place. Should that fail (no answer, or not JSON), the form is sent as without script.
 */
(function () {
    'use strict';

    var SUGGEST_DELAY = 250;
    var suggestTimer = null;

    function suggestions(input) {
        return document.getElementById(input.getAttribute('list'));
    }

    function offered(input) {
        var list = suggestions(input);
        return list !== null && Array.prototype.some.call(list.options, function (option) {
            return option.value === input.value;
        });
    }

    function suggest(input) {
        var typed = input.value.trim();
        var list = suggestions(input);
        if (list === null || typed.length < 2 || !window.fetch) {
            return;
        }
        fetch(input.getAttribute('data-agora-suggest') + '?query=' + encodeURIComponent(typed), {
            headers: {'Accept': 'application/json'}
        }).then(function (response) {
            return response.ok ? response.json() : {suggestions: []};
        }).then(function (answer) {
            if (input.value.trim() !== typed) {
                return; // typed on meanwhile: the next answer fills the list
            }
            list.replaceChildren.apply(list, answer.suggestions.map(function (suggestion) {
                var option = document.createElement('option');
                option.value = suggestion.value;
                return option;
            }));
        }).catch(function () {
            // no suggestions: the search itself still works
        });
    }

    document.documentElement.classList.add('agora-js');

    document.addEventListener('input', function (event) {
        var input = event.target;
        if (!input.hasAttribute || !input.hasAttribute('data-agora-suggest')) {
            return;
        }
        // a suggestion picked from the list comes without a typing kind (or as a replacement)
        if ((!event.inputType || event.inputType === 'insertReplacementText') && offered(input)) {
            input.form.submit();
            return;
        }
        window.clearTimeout(suggestTimer);
        suggestTimer = window.setTimeout(function () {
            suggest(input);
        }, SUGGEST_DELAY);
    });

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
