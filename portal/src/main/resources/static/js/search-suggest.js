/*
 * Suggestions for the header's search box (#site-search), as an ARIA combobox with a listbox: 150 ms after the
 * last key it asks the form's data-suggest-url (GET /api/search/suggest?q=) and lists the completions under the
 * input. Arrow keys move through them, Enter opens the highlighted one (/search?q=<text>&type=<type>), Escape
 * closes the list (a second Escape clears the box). Without a highlighted option Enter just submits the form, so
 * the box works without JavaScript too. Options are built with textContent only.
 */
(function () {
  'use strict';

  var DEBOUNCE_MS = 150;
  var MAX = 8;

  var input = document.getElementById('site-search');
  var list = document.getElementById('site-search-suggestions');
  var form = input && input.form;
  if (!input || !list || !form || !window.fetch) {
    return;
  }
  var url = form.getAttribute('data-suggest-url');
  var options = [];
  var active = -1;
  var timer = null;
  var asked = 0; // only the answer to the latest request is shown

  function typeLabel(type) {
    return form.getAttribute('data-label-' + type) || '';
  }

  function close() {
    list.hidden = true;
    list.replaceChildren();
    options = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    options.forEach(function (option, i) {
      option.element.setAttribute('aria-selected', String(i === index));
    });
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].element.id);
      options[index].element.scrollIntoView({ block: 'nearest' });
    }
    else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function go(index) {
    window.location.assign(options[index].url);
  }

  function show(suggestions) {
    close();
    suggestions.forEach(function (suggestion, i) {
      var li = document.createElement('li');
      li.id = 'site-search-option-' + i;
      li.className = 'suggestion';
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.setAttribute('data-type', suggestion.type);
      li.setAttribute('data-id', suggestion.id);
      var text = document.createElement('span');
      text.className = 'suggestion-text';
      text.textContent = suggestion.text;
      var type = document.createElement('span');
      type.className = 'suggestion-type';
      type.textContent = typeLabel(suggestion.type);
      li.append(text, type);
      // mousedown, not click: the input's blur would close the list before the click lands
      li.addEventListener('mousedown', function (event) {
        event.preventDefault();
        go(i);
      });
      list.appendChild(li);
      options.push({ element: li, url: suggestion.url });
    });
    if (options.length > 0) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  }

  function ask() {
    var text = input.value;
    if (text.trim() === '' || text.length > 100) {
      close();
      return;
    }
    var mine = ++asked;
    fetch(url + '?q=' + encodeURIComponent(text) + '&max=' + MAX,
      { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (suggestions) {
        if (mine === asked && document.activeElement === input) {
          show(suggestions);
        }
      })
      .catch(function () { /* no suggestions this time; the search itself still works */ });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, DEBOUNCE_MS);
  });

  input.addEventListener('keydown', function (event) {
    var open = !list.hidden && options.length > 0;
    switch (event.key) {
      case 'ArrowDown':
        if (open) {
          event.preventDefault();
          highlight((active + 1) % options.length);
        }
        break;
      case 'ArrowUp':
        if (open) {
          event.preventDefault();
          highlight(active <= 0 ? options.length - 1 : active - 1);
        }
        break;
      case 'Enter':
        if (open && active >= 0) {
          event.preventDefault();
          go(active);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        }
        else if (input.value !== '') {
          input.value = '';
        }
        break;
      default:
        break;
    }
  });

  input.addEventListener('blur', function () {
    asked += 1; // an answer arriving after the box lost focus is not shown
    close();
  });
}());
