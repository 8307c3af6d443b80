/*
 * Slot pickers (order form, reschedule form): a select with data-slots-url and data-date-input names the date
 * input it belongs to. When the date changes, the day's slots come from GET data-slots-url&date=yyyy-MM-dd and
 * replace the options (full slots stay visible but disabled). The "show times" buttons ([data-slots-refresh]) are
 * the no-script way to the same thing and go away here.
 */
(function () {
  'use strict';

  function option(value, label, disabled) {
    var element = document.createElement('option');
    element.value = value;
    element.textContent = label;
    element.disabled = Boolean(disabled);
    return element;
  }

  function load(select, date) {
    var url = select.getAttribute('data-slots-url');
    var previous = select.value;
    if (!date) {
      select.replaceChildren(option('', select.getAttribute('data-none-label')));
      return;
    }
    fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + 'date=' + encodeURIComponent(date),
      { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (slots) {
        var first = option('', slots.length ? select.getAttribute('data-choose-label') : select.getAttribute('data-none-label'));
        var options = [first].concat(slots.map(function (slot) {
          var element = option(slot.value, slot.label, !slot.available);
          element.setAttribute('data-remaining', slot.remaining);
          return element;
        }));
        select.replaceChildren.apply(select, options);
        // which day the options are for, so a reader (or a test) knows the list has caught up with the date
        select.setAttribute('data-date', date);
        // keep the time the customer had picked if the new day has it free
        if (slots.some(function (slot) { return slot.value === previous && slot.available; })) {
          select.value = previous;
        }
        select.dispatchEvent(new Event('slots-loaded', { bubbles: true }));
      })
      .catch(function () { /* keep the current options; the server checks the choice anyway */ });
  }

  /** Binds the pickers under root; the order page calls it again after its live update swapped the content. */
  function bind(root) {
    Array.prototype.forEach.call(root.querySelectorAll('select[data-slots-url][data-date-input]'), function (select) {
      var date = document.getElementById(select.getAttribute('data-date-input'));
      if (!date) {
        return;
      }
      date.addEventListener('change', function () { load(select, date.value); });
    });

    Array.prototype.forEach.call(root.querySelectorAll('[data-slots-refresh]'), function (button) {
      // removed, not hidden: pressing Enter in the form would otherwise "click" it as the form's first button
      button.remove();
    });
  }

  window.careflowBindSlots = bind;
  bind(document);
}());
