// Every node is built with createElement/textContent: article text is untrusted and never parsed as HTML.

/** h('div#id.card', {title: 'x'}, child, 'text', [more]) */
export function h(tag, attrs, ...children) {
  const [head, ...classes] = tag.split('.');
  const [name, id] = head.split('#');
  const el = document.createElement(name);
  if (id) el.id = id;
  if (classes.length) el.className = classes.join(' ');
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'href') el.setAttribute('href', safeHref(value));
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Only in-page routes and our own paths: a data-made "javascript:" URL can never become a link. */
export function safeHref(value) {
  const href = String(value);
  return href.startsWith('#/') || (href.startsWith('/') && !href.startsWith('//')) ? href : '#/';
}

/** A route link whose parts are escaped: #/person/<id>. */
export function route(...parts) {
  return '#/' + parts.map(p => encodeURIComponent(String(p))).join('/');
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs ?? {})) el.setAttribute(key, String(value));
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}
