/*
 * The task inbox: refreshes the rows of #tasks-body from the section's data-api-url (GET /api/tasks with the page's
 * own filters) every 5 seconds, so claims by others, new and completed tasks show without a reload. Rows are built
 * from #task-row-template with textContent only. Without JavaScript the page is complete as the server sent it.
 */
(function () {
  'use strict';

  var INTERVAL_MS = 5000;
  var MAX_POLLS = 720; // an hour

  var section = document.getElementById('tasks');
  var body = document.getElementById('tasks-body');
  var template = document.getElementById('task-row-template');
  if (!section || !body || !template) {
    return;
  }
  var url = section.getAttribute('data-api-url');
  var completedView = section.getAttribute('data-view') === 'completed';
  var unassigned = section.getAttribute('data-unassigned-label') || '';

  function row(task) {
    var tr = template.content.firstElementChild.cloneNode(true);
    tr.id = 'task-' + task.key;
    tr.setAttribute('data-key', task.key);
    tr.setAttribute('data-element', task.elementId);
    tr.setAttribute('data-process', task.processId);
    tr.setAttribute('data-assignee', task.assigneeId || '');
    tr.setAttribute('data-overdue', String(task.overdue));
    tr.setAttribute('data-priority', String(task.priority));
    tr.setAttribute('data-state', task.state);
    tr.classList.toggle('overdue', task.overdue);
    var values = {
      name: task.name, processName: task.processName, subject: task.subject || '—',
      assignee: task.assignee || unassigned, due: task.due || '—', priorityLabel: task.priorityLabel,
      when: completedView ? task.completed : task.created
    };
    Array.prototype.forEach.call(tr.querySelectorAll('[data-field]'), function (cell) {
      cell.textContent = values[cell.getAttribute('data-field')] || '';
    });
    tr.querySelector('.task-link').setAttribute('href', task.url);
    tr.querySelector('.priority').classList.add('priority-' + task.priorityLevel);
    tr.querySelector('.overdue-label').hidden = !task.overdue;
    return tr;
  }

  function render(list) {
    var fragment = document.createDocumentFragment();
    list.tasks.forEach(function (task) { fragment.appendChild(row(task)); });
    body.replaceChildren(fragment);
    var empty = list.tasks.length === 0;
    document.getElementById('tasks-empty').hidden = !empty;
    document.getElementById('tasks-table-wrap').hidden = empty;
    var count = document.getElementById('tasks-count');
    if (count) {
      // the message's singular or plural form ("1 task", "2 tasks"), with the new number in it
      var form = (list.total === 1 ? count.dataset.one : count.dataset.many) || count.textContent;
      count.textContent = form.replace(/\d+/, String(list.total));
    }
  }

  window.careflowLiveJson(url, { intervalMs: INTERVAL_MS, maxPolls: MAX_POLLS, render: render });
}());
