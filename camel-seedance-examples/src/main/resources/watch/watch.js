// The watch page: polls /watch/state every second and updates one element per row in place, so that a video being
// played is never replaced. Every text comes in through textContent: names and reasons are never read as HTML.
'use strict';

const STATE_URL = '/watch/state';
const POLL_MILLIS = 1000;
const TOTALS = [
  ['waiting', 'waiting'], ['generating', 'generating'], ['uploading', 'uploading'], ['done', 'done'],
  ['rejected', 'rejected'], ['videos', 'videos in S3'], ['tasksInFlight', 'tasks in flight (store)']
];

const rowsById = new Map();

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined && text !== null) {
    e.textContent = text;
  }
  return e;
}

function megabytes(bytes) {
  return bytes < 1024 * 1024 ? (bytes / 1024).toFixed(0) + ' KB' : (bytes / 1024 / 1024).toFixed(1) + ' MB';
}

function time(iso) {
  return iso ? new Date(iso).toLocaleTimeString() : '';
}

function stateDetail(row) {
  switch (row.state) {
    case 'waiting': return 'dropped ' + time(row.since);
    case 'generating': return row.status ? row.status + (row.progress != null ? ' ' + row.progress + '%' : '')
      : (row.taskId ? 'submitted' : 'submitting');
    case 'uploading': return 'to S3';
    case 'rejecting': return 'writing the reason';
    case 'done': return time(row.since);
    case 'rejected': return time(row.since);
    default: return '';
  }
}

function createRow(row) {
  const li = element('li', 'row');
  li.dataset.id = row.id;
  li.dataset.history = '';
  const media = element('div', 'media', 'no video yet');
  const body = element('div', 'body');
  const title = element('h2', 'name');
  const status = element('div', 'status');
  const badge = element('span', 'state');
  const detail = element('span', 'detail');
  const progress = element('progress');
  progress.max = 100;
  progress.hidden = true;
  status.append(badge, detail, progress);
  const facts = element('dl', 'facts');
  const reason = element('p', 'reason');
  reason.hidden = true;
  body.append(title, status, facts, reason);
  li.append(media, body);
  li.parts = { media, title, badge, detail, progress, facts, reason, video: null };
  return li;
}

function setFacts(dl, facts) {
  dl.replaceChildren();
  for (const [label, value, className] of facts) {
    if (value === undefined || value === null || value === '') {
      continue;
    }
    dl.append(element('dt', null, label), element('dd', className || null, value));
  }
}

function showVideo(parts, video) {
  if (parts.video) {
    return;
  }
  const v = document.createElement('video');
  v.controls = true;
  v.muted = true;
  v.playsInline = true;
  v.preload = 'metadata';
  if (video.poster) {
    v.poster = video.poster;
  }
  v.src = video.url;
  parts.media.replaceChildren(v);
  parts.video = v;
}

function updateRow(li, row) {
  const p = li.parts;
  li.dataset.state = row.state;
  const history = li.dataset.history ? li.dataset.history.split(' ') : [];
  if (history[history.length - 1] !== row.state) {
    history.push(row.state);
    li.dataset.history = history.join(' ');
  }
  p.title.textContent = row.name;
  p.badge.textContent = row.state;
  p.detail.textContent = stateDetail(row);
  p.progress.hidden = !(row.state === 'generating' && row.progress != null);
  if (row.progress != null) {
    p.progress.value = row.progress;
  }
  const v = row.video;
  setFacts(p.facts, [
    ['task', row.taskId, 'mono task-id'],
    ['S3 key', v && v.key, 'mono s3-key'],
    ['task said', v && [v.duration != null ? v.duration + ' s' : null, v.resolution, v.ratio, v.model]
      .filter(x => x).join(', '), 'reported'],
    ['size', v && megabytes(v.size)],
    ['instance', row.instance, 'mono']
  ]);
  p.reason.hidden = row.reason == null;
  p.reason.textContent = row.reason || '';
  if (v) {
    showVideo(p, v);
  } else if (!p.video) {
    p.media.textContent = row.state === 'rejected' ? 'no video' : 'no video yet';
  }
}

function renderTotals(totals) {
  const ul = document.getElementById('totals');
  ul.replaceChildren();
  for (const [key, label] of TOTALS) {
    const li = element('li');
    li.dataset.total = key;
    let value = totals[key];
    if (key === 'videos') {
      value = value + (totals.videoBytes ? ' · ' + megabytes(totals.videoBytes) : '');
    }
    li.append(element('span', 'count', value == null ? '–' : String(value)), element('span', 'label', label));
    ul.append(li);
  }
}

function renderFooter(state) {
  const problems = document.getElementById('problems');
  problems.replaceChildren(...state.problems.map(p => element('li', null, p)));
  setFacts(document.getElementById('sources'), [
    ['inbox', state.inbox, 'mono'], ['bucket', state.bucket, 'mono'], ['task store', state.taskStore],
    ['as of', time(state.at)]
  ]);
}

function render(state) {
  renderTotals(state.totals);
  renderFooter(state);
  const list = document.getElementById('rows');
  const seen = new Set();
  let previous = null;
  for (const row of state.rows) {
    let li = rowsById.get(row.id);
    if (!li) {
      li = createRow(row);
      rowsById.set(row.id, li);
    }
    updateRow(li, row);
    // moved only when out of place: moving an element that plays a video would stop it
    if (previous ? previous.nextElementSibling !== li : list.firstElementChild !== li) {
      list.insertBefore(li, previous ? previous.nextElementSibling : list.firstElementChild);
    }
    previous = li;
    seen.add(row.id);
  }
  for (const [id, li] of rowsById) {
    if (!seen.has(id)) {
      li.remove();
      rowsById.delete(id);
    }
  }
  document.getElementById('empty').hidden = state.rows.length > 0;
  document.body.dataset.updated = state.at;
}

async function poll() {
  try {
    const response = await fetch(STATE_URL, { cache: 'no-store' });
    if (response.ok) {
      render(await response.json());
    }
  } catch (e) {
    // the application is restarting or gone: try again at the next tick
  } finally {
    setTimeout(poll, POLL_MILLIS);
  }
}

poll();
