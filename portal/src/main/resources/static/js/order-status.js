/*
 * Live order status on the order page: polls GET /api/orders/{orderNumber} every 2 seconds. A new status changes
 * what the page offers (pay, cancel, reschedule, complain; provider, appointment), so the order's section is
 * fetched again from the page's own address (data-page-url) and swapped in place: the page stays where it is, with
 * no reload and no re-sent form. Timeline lines that do not change the status (a reschedule, a complaint) are added in place. Stops on a final
 * status, on an answer that will not change by asking again (401/403/404), and after a while, so a forgotten tab
 * does not poll forever.
 */
(function () {
  'use strict';

  var INTERVAL_MS = 2000;
  var MAX_POLLS = 450; // 15 minutes

  var order = document.getElementById('order');
  var badge = document.getElementById('order-status');
  var timeline = document.getElementById('timeline');
  if (!order || !badge || !timeline || order.getAttribute('data-final') === 'true') {
    return;
  }
  var swapping = false;
  var url = order.getAttribute('data-status-url');
  var polls = 0;
  var timer = null;

  function paint(element, status, label) {
    element.className = element.className.replace(/\bbadge-\S+/g, '').trim() + ' badge-' + status;
    element.textContent = label;
  }

  function renderTimeline(entries) {
    var items = entries.map(function (entry) {
      var li = document.createElement('li');
      li.className = 'timeline-entry';
      li.setAttribute('data-status', entry.status);
      // data-status only on the line itself: "#timeline [data-status]" lists the statuses once each
      var entryBadge = document.createElement('span');
      entryBadge.className = 'badge';
      paint(entryBadge, entry.status, entry.statusLabel);
      li.appendChild(entryBadge);
      var time = document.createElement('time');
      time.className = 'timeline-time';
      time.textContent = entry.at;
      li.appendChild(time);
      [['timeline-actor', entry.actor], ['timeline-note muted', entry.note]].forEach(function (part) {
        if (part[1]) {
          var span = document.createElement('span');
          span.className = part[0];
          span.textContent = part[1];
          li.appendChild(span);
        }
      });
      return li;
    });
    timeline.replaceChildren.apply(timeline, items);
  }

  function showOutcome(status) {
    Array.prototype.forEach.call(order.querySelectorAll('[data-outcome]'), function (note) {
      note.hidden = note.getAttribute('data-outcome') !== status;
    });
  }

  function showCancelReason(reason) {
    var value = document.getElementById('order-cancel-reason');
    var label = document.getElementById('order-cancel-reason-label');
    if (value && label && reason) {
      value.textContent = reason;
      value.hidden = false;
      label.hidden = false;
    }
  }

  /** Whether the payment attempt moved on (processing, retrying, declined, failed): its section is redrawn. */
  function paymentMoved(view) {
    var payment = document.getElementById('payment-section');
    return payment !== null && (view.paymentState || '') !== (payment.getAttribute('data-payment-state') || '');
  }

  function apply(view) {
    var pageUrl = order.getAttribute('data-page-url');
    if ((view.status !== badge.getAttribute('data-status') || paymentMoved(view)) && pageUrl) {
      swapSections(pageUrl);
      return;
    }
    if (view.status !== badge.getAttribute('data-status')) {
      paint(badge, view.status, view.statusLabel);
      badge.setAttribute('data-status', view.status);
      order.setAttribute('data-status', view.status);
      showOutcome(view.status);
      showCancelReason(view.cancelReason);
      // the payment form only makes sense while the order waits for payment
      var payment = document.getElementById('payment-section');
      if (payment && view.status !== 'PENDING') {
        payment.remove();
      }
    }
    if (view.timeline.length !== timeline.children.length) {
      renderTimeline(view.timeline);
    }
    order.setAttribute('data-final', String(view.final));
  }

  /** Replaces the page's content (not its scripts) with the server's current rendering of the page. */
  function swapSections(pageUrl) {
    if (swapping) {
      return;
    }
    swapping = true;
    fetch(pageUrl, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
        var main = document.querySelector('main');
        if (!fresh || !main || !fresh.querySelector('#order')) {
          return;
        }
        // everything but the scripts, which are already running here
        Array.prototype.slice.call(main.children).forEach(function (child) {
          if (child.tagName !== 'SCRIPT') {
            child.remove();
          }
        });
        var firstScript = main.querySelector('script');
        Array.prototype.slice.call(fresh.children).forEach(function (child) {
          if (child.tagName !== 'SCRIPT') {
            main.insertBefore(document.importNode(child, true), firstScript);
          }
        });
        order = document.getElementById('order');
        timeline = document.getElementById('timeline');
        badge = document.getElementById('order-status');
        if (window.careflowBindSlots) {
          window.careflowBindSlots(main);
        }
        if (order.getAttribute('data-final') === 'true') {
          stop();
        }
      })
      .catch(function () { /* try again at the next tick */ })
      .then(function () { swapping = false; });
  }

  function stop() {
    if (timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  }

  function poll() {
    polls += 1;
    if (polls > MAX_POLLS) {
      stop();
      return;
    }
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (response.status === 401 || response.status === 403 || response.status === 404) {
          stop();
          return null;
        }
        return response.ok ? response.json() : null;
      })
      .then(function (view) {
        if (!view) {
          return;
        }
        apply(view);
        if (view.final && timer !== null) {
          stop();
        }
      })
      .catch(function () { /* a network blip: try again at the next tick */ });
  }

  timer = setInterval(poll, INTERVAL_MS);
}());
