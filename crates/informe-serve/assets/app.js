// The workbench page: opens a data file of the served folder (or starts a blank report), shows
// its form, checks it as it is typed (POST /api/check), previews its pages (POST /api/preview),
// keeps a draft of unsaved work, saves it (PUT /api/file) and downloads the PDF and workbook
// exactly as `informe build` writes them (POST /api/build).
"use strict";

(() => {
  const WORDS = window.INFORME_WORDS;
  const UI_LANGUAGES = ["en", "es", "pt", "fr"];
  const REPORT_LANGUAGES = ["es", "en", "pt", "fr"];
  const CHECK_DELAY = 300;
  const DRAFT_DELAY = 1500;

  const state = {
    ui: pickUiLanguage(),
    schema: null,
    /** The language the schema's descriptions were asked for in: the page's. */
    schemaLanguage: "en",
    labels: {},
    session: {},
    institutions: [],
    file: null,
    data: null,
    savedText: null,
    savedAs: null,
    extraLanguages: [],
    problems: [],
    totals: null,
    pages: [],
    lang: "",
    institution: "",
    checkTimer: null,
    draftTimer: null,
    checkAbort: null,
    previewAbort: null,
    lastAnnounced: "",
  };

  const $ = (id) => document.getElementById(id);

  function pickUiLanguage() {
    const kept = localStorage.getItem("informe:ui");
    if (UI_LANGUAGES.includes(kept)) return kept;
    const browser = (navigator.language || "en").slice(0, 2);
    return UI_LANGUAGES.includes(browser) ? browser : "en";
  }

  function word(key, args) {
    const table = WORDS[state.ui] || WORDS.en;
    let text = table[key] ?? WORDS.en[key] ?? key;
    for (const [name, value] of Object.entries(args || {})) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  }

  function plural(key, n) {
    const rule = new Intl.PluralRules(state.ui).select(n) === "one" ? "one" : "other";
    return word(`${key}_${rule}`, { n });
  }

  function languageName(lang) {
    try {
      const name = new Intl.DisplayNames([state.ui], { type: "language" }).of(lang);
      return name ? name.charAt(0).toUpperCase() + name.slice(1) : lang;
    } catch {
      return lang;
    }
  }

  function countryNames(lang) {
    let names = null;
    try {
      names = new Intl.DisplayNames([lang || state.ui], { type: "region" });
    } catch {
      names = null;
    }
    return (code) => {
      try {
        return (names && names.of(code)) || code;
      } catch {
        return code;
      }
    };
  }

  // --- talking to the server ---------------------------------------------------------------

  async function api(path, options) {
    const response = await fetch(path, Object.assign({ credentials: "same-origin" }, options || {}));
    return response;
  }

  async function problemsOf(response) {
    try {
      const body = await response.json();
      return body.diagnostics || [{ severity: "error", message: body.error || response.statusText }];
    } catch {
      return [{ severity: "error", message: `${response.status} ${response.statusText}` }];
    }
  }

  function params(extra) {
    const query = new URLSearchParams();
    query.set("path", state.file || "report.json");
    if (state.lang) query.set("lang", state.lang);
    if (state.institution) query.set("institution", state.institution);
    for (const [key, value] of Object.entries(extra || {})) query.set(key, value);
    return query.toString();
  }

  function textOf(data) {
    return `${JSON.stringify(data, null, 2)}\n`;
  }

  // --- status and announcements ------------------------------------------------------------

  // The status is kept as words and their values, so that it follows the page's language.
  let said = null;

  function say(key, values) {
    said = { key, values };
    $("status").textContent = word(key, values);
  }

  function alertUser(message) {
    const box = $("alert");
    box.textContent = message;
    box.hidden = !message;
  }

  function updateDirty() {
    // Compared as the page writes it: a file laid out otherwise is not an unsaved change.
    const dirty = state.data !== null && textOf(state.data) !== state.savedAs;
    $("dirty").textContent = dirty ? word("unsaved") : (state.savedAs !== null ? word("all_saved") : "");
    $("dirty").classList.toggle("unsaved", dirty);
    return dirty;
  }

  // --- words of the page -------------------------------------------------------------------

  function applyWords() {
    document.documentElement.lang = state.ui;
    document.title = word("app_title");
    for (const node of document.querySelectorAll("[data-word]")) node.textContent = word(node.dataset.word);
    $("ui-lang").value = state.ui;
    if (said) $("status").textContent = word(said.key, said.values);
    fillReportChoices();
    updateDirty();
  }

  async function loadLabels() {
    const response = await api(`/api/labels?lang=${encodeURIComponent(state.ui)}`);
    state.labels = response.ok ? await response.json() : {};
  }

  /** The schema with its descriptions, the fields' help, in the page's language. */
  async function loadSchema() {
    const lang = state.ui;
    const response = await api(`/api/schema?lang=${encodeURIComponent(lang)}`);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const schema = await response.json();
    // A language chosen meanwhile has its own request: the last choice's answer is kept.
    if (lang !== state.ui && state.schema) return;
    state.schema = schema;
    state.schemaLanguage = lang;
  }

  function fillReportChoices() {
    const lang = $("report-lang");
    lang.replaceChildren(new Option(word("as_in_data"), ""));
    for (const l of REPORT_LANGUAGES) lang.append(new Option(`${languageName(l)} (${l})`, l));
    lang.value = state.lang;
    const institution = $("institution");
    institution.replaceChildren(new Option(word("as_in_data"), ""));
    for (const inst of state.institutions) {
      const name = inst.names[state.ui] || inst.names.en || inst.names.es || Object.values(inst.names)[0] || inst.id;
      institution.append(new Option(`${inst.short_name} — ${name}`, inst.id));
    }
    institution.value = state.institution;
    const form = $("form-choice");
    form.value = (state.data && state.data.form) || "2012";
  }

  // --- the form ----------------------------------------------------------------------------

  function documentLanguages() {
    const found = new Set();
    const walk = (value, key) => {
      if (Array.isArray(value)) value.forEach((v) => walk(v));
      else if (value && typeof value === "object") {
        const entries = Object.entries(value);
        const text = entries.length && entries.every(([k, v]) => typeof v === "string" && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(k));
        if (text && key !== "data") entries.forEach(([k]) => found.add(k));
        else entries.forEach(([k, v]) => walk(v, k));
      }
    };
    walk(state.data);
    const first = state.data && state.data.language;
    const list = [...found].filter((l) => REPORT_LANGUAGES.includes(l) || l === first);
    const ordered = first ? [first, ...list.filter((l) => l !== first)] : list;
    for (const l of state.extraLanguages) if (!ordered.includes(l)) ordered.push(l);
    return ordered.length ? ordered : ["en"];
  }

  function buildForm(focusPath) {
    const form = $("form");
    const scroll = $("editor").scrollTop;
    const languages = documentLanguages();
    window.InformeForm.build(form, {
      schema: state.schema,
      helpLanguage: state.schemaLanguage,
      data: state.data,
      words: WORDS[state.ui] || WORDS.en,
      labels: state.labels,
      word,
      languageName,
      countryNames: () => countryNames(state.ui),
      languages: () => languages,
      dataLanguage: () => (state.data && state.data.language) || "en",
      addLanguage: (lang) => state.extraLanguages.push(lang),
      onEdit: () => edited(),
      onReshape: (path) => {
        buildForm(path);
      },
      get data() {
        return state.data;
      },
      set data(value) {
        state.data = value;
      },
    });
    $("editor").scrollTop = scroll;
    fillReportChoices();
    showProblems();
    showTotals();
    if (focusPath) {
      const target = form.querySelector(`[data-path="${CSS.escape(window.InformeForm.pathText(focusPath))}"]`);
      const control = target && (target.matches("input, select, textarea, button") ? target : target.querySelector("input, select, textarea, button"));
      if (control) control.focus();
    }
  }

  function edited() {
    updateDirty();
    keepDraft();
    clearTimeout(state.checkTimer);
    state.checkTimer = setTimeout(check, CHECK_DELAY);
  }

  // --- drafts ------------------------------------------------------------------------------

  function draftKey() {
    return `informe:draft:${state.file}`;
  }

  function keepDraft() {
    if (!state.file || !updateDirty()) return;
    const text = textOf(state.data);
    try {
      localStorage.setItem(draftKey(), JSON.stringify({ text, at: Date.now() }));
    } catch {
      // Full storage: the server's draft below still keeps the work.
    }
    clearTimeout(state.draftTimer);
    state.draftTimer = setTimeout(() => {
      api(`/api/draft?path=${encodeURIComponent(state.file)}`, { method: "PUT", body: text }).catch(() => {});
    }, DRAFT_DELAY);
  }

  function dropDraft() {
    localStorage.removeItem(draftKey());
    clearTimeout(state.draftTimer);
  }

  /** The newest draft of the open file, kept by this browser or by the server. */
  async function findDraft() {
    let best = null;
    try {
      const local = JSON.parse(localStorage.getItem(draftKey()) || "null");
      if (local && local.text) best = local;
    } catch {
      best = null;
    }
    const response = await api(`/api/draft?path=${encodeURIComponent(state.file)}`);
    if (response.ok) {
      const server = await response.json();
      if (!best || (server.modified || 0) > best.at) best = { text: server.text, at: server.modified || 0 };
    }
    return best;
  }

  async function offerDraft() {
    const draft = await findDraft();
    const current = state.data === null ? null : textOf(state.data);
    if (!draft || draft.text === current || draft.text === state.savedText || draft.text === state.savedAs) {
      $("restore").hidden = true;
      return;
    }
    let parsed;
    try {
      parsed = JSON.parse(draft.text);
    } catch {
      return;
    }
    const when = new Date(draft.at).toLocaleString(state.ui);
    $("restore-text").textContent = word("restore_found", { file: state.file, when });
    $("restore").hidden = false;
    $("restore-yes").onclick = () => {
      state.data = parsed;
      $("restore").hidden = true;
      buildForm();
      edited();
      say("restored");
    };
    $("restore-no").onclick = () => {
      $("restore").hidden = true;
      dropDraft();
      api(`/api/draft?path=${encodeURIComponent(state.file)}`, { method: "DELETE" }).catch(() => {});
    };
  }

  // --- files -------------------------------------------------------------------------------

  async function listFiles(select) {
    const response = await api("/api/files");
    const files = response.ok ? (await response.json()).files : [];
    const picker = $("file-picker");
    picker.replaceChildren();
    if (!files.length) picker.append(new Option(word("no_files"), ""));
    for (const file of files) picker.append(new Option(file, file));
    if (select && files.includes(select)) picker.value = select;
    return files;
  }

  async function openFile(path) {
    const response = await api(`/api/file?path=${encodeURIComponent(path)}`);
    if (!response.ok) {
      const problems = await problemsOf(response);
      alertUser(word("open_failed", { file: path, message: problems.map((p) => p.message).join("; ") }));
      return;
    }
    const text = await response.text();
    let data;
    try {
      data = JSON.parse(text);
    } catch (err) {
      alertUser(word("open_failed", { file: path, message: err.message }));
      return;
    }
    alertUser("");
    state.file = path;
    state.data = data;
    state.savedText = text;
    state.savedAs = textOf(data);
    state.extraLanguages = [];
    clearPages();
    $("file-name").textContent = path;
    $("file-picker").value = path;
    buildForm();
    updateDirty();
    say("opened", { file: path });
    check();
    offerDraft();
  }

  async function save() {
    if (!state.data || !state.file) return;
    const text = textOf(state.data);
    const response = await api(`/api/file?path=${encodeURIComponent(state.file)}`, { method: "PUT", body: text });
    if (!response.ok) {
      const problems = await problemsOf(response);
      alertUser(word("save_failed", { message: problems.map((p) => p.message).join("; ") }));
      return;
    }
    const body = await response.json();
    state.savedText = text;
    state.savedAs = text;
    dropDraft();
    alertUser("");
    updateDirty();
    if (body.previous) say("saved_as", { file: body.saved, previous: body.previous });
    else say("saved_new", { file: body.saved });
    listFiles(state.file);
  }

  // --- check, problems, totals -------------------------------------------------------------

  async function check() {
    clearTimeout(state.checkTimer);
    if (!state.data) return;
    if (state.checkAbort) state.checkAbort.abort();
    const abort = new AbortController();
    state.checkAbort = abort;
    $("problem-count").textContent = word("checking");
    let response;
    try {
      response = await api(`/api/check?${params()}`, { method: "POST", body: textOf(state.data), signal: abort.signal });
    } catch (err) {
      if (err.name !== "AbortError") $("problem-count").textContent = word("check_failed", { message: err.message });
      return;
    }
    if (abort.signal.aborted) return;
    if (!response.ok) {
      state.problems = await problemsOf(response);
      state.totals = null;
    } else {
      const body = await response.json();
      state.problems = body.diagnostics;
      state.totals = body.totals;
    }
    showProblems();
    showTotals();
    const errors = state.problems.filter((p) => p.severity === "error").length;
    if (errors === 0) preview();
    else markStale();
  }

  function showProblems() {
    const form = $("form");
    const placed = window.InformeForm.showProblems(form, state.problems, state.file);
    const errors = state.problems.filter((p) => p.severity === "error").length;
    const warnings = state.problems.length - errors;
    const count = errors || warnings ? `${plural("error", errors)}, ${plural("warning", warnings)}` : word("no_problems");
    $("problem-count").textContent = count;
    const list = $("problem-list");
    list.replaceChildren();
    for (const { problem, target } of placed) {
      const where = [problem.file && problem.file !== state.file ? word("in_file", { file: problem.file }) : null,
        problem.path, problem.line ? `${problem.line}:${problem.column}` : null].filter(Boolean).join(" · ");
      const item = document.createElement("li");
      item.className = `problem ${problem.severity}`;
      const text = document.createElement("span");
      text.append(`${problem.severity === "error" ? "✖" : "⚠"} `, ...window.InformeForm.quoted(problem.message));
      for (const hint of problem.hints || []) text.append(` (${word("hint")}: `, ...window.InformeForm.quoted(hint), ")");
      const place = document.createElement("span");
      place.className = "where";
      place.textContent = where;
      item.append(text, " ", place);
      if (target) {
        const go = document.createElement("button");
        go.type = "button";
        go.className = "small";
        go.textContent = word("go_to");
        go.addEventListener("click", () => {
          target.scrollIntoView({ block: "center" });
          const control = target.matches("input, select, textarea") ? target : target.querySelector("input, select, textarea, button");
          if (control) control.focus();
        });
        item.append(" ", go);
      }
      list.append(item);
    }
    // Errors are announced when they change, not at every keystroke.
    const firstError = state.problems.find((p) => p.severity === "error");
    const announce = `${count}${firstError ? `. ${firstError.path || ""} ${firstError.message}` : ""}`;
    if (announce !== state.lastAnnounced) {
      state.lastAnnounced = announce;
      $("announce").textContent = announce;
    }
  }

  function totalLine(entry) {
    const side = (label, list) => (list && list.length ? `${label}: ${list.map((t) => t.display).join(", ")}` : null);
    return [side(word("paid"), entry.paid), side(word("received"), entry.received)].filter(Boolean).join(" · ");
  }

  function showTotals() {
    const box = $("totals");
    box.replaceChildren();
    const totals = state.totals;
    if (!totals || !(totals.report || []).length) return;
    const heading = document.createElement("h3");
    heading.textContent = word("report_totals");
    const list = document.createElement("ul");
    for (const row of totals.report || []) {
      const item = document.createElement("li");
      item.className = "total";
      const parts = [row.paid ? `${word("paid")}: ${row.paid}` : null, row.received ? `${word("received")}: ${row.received}` : null];
      item.textContent = `${row.currency} — ${parts.filter(Boolean).join(" · ")}`;
      list.append(item);
    }
    box.append(heading, list);
    const measures = (state.data && state.data.measures) || [];
    const same = totals.measures.length === measures.length;
    for (const node of document.querySelectorAll(".measure-totals")) {
      const entry = same ? totals.measures[Number(node.dataset.measure)] : null;
      node.textContent = entry ? `${word("measure_totals")}: ${totalLine(entry)}` : "";
    }
  }

  // --- preview -----------------------------------------------------------------------------

  function clearPages() {
    for (const page of state.pages) URL.revokeObjectURL(page.url);
    state.pages = [];
    $("pages").replaceChildren();
  }

  function markStale() {
    $("preview-note").textContent = state.pages.length ? word("preview_stale") : word("preview_empty");
    $("pages").classList.toggle("stale", state.pages.length > 0);
  }

  async function preview() {
    if (state.previewAbort) state.previewAbort.abort();
    const abort = new AbortController();
    state.previewAbort = abort;
    $("preview-note").textContent = word("preview_updating");
    const known = state.pages.map((p) => p.key).join(",");
    let response;
    try {
      response = await api(`/api/preview?${params({ known })}`, { method: "POST", body: textOf(state.data), signal: abort.signal });
    } catch (err) {
      if (err.name !== "AbortError") $("preview-note").textContent = word("preview_failed", { message: err.message });
      return;
    }
    if (!response.ok) {
      const problems = await problemsOf(response);
      if (!abort.signal.aborted) $("preview-note").textContent = word("preview_failed", { message: problems.map((p) => p.message).join("; ") });
      return;
    }
    const body = await response.json();
    if (abort.signal.aborted) return;
    const old = new Map(state.pages.map((p) => [p.key, p.url]));
    const pages = body.pages.map((page) => {
      if (page.svg !== null) return { key: page.key, url: URL.createObjectURL(new Blob([page.svg], { type: "image/svg+xml" })) };
      return { key: page.key, url: old.get(page.key) };
    }).filter((p) => p.url);
    const kept = new Set(pages.map((p) => p.url));
    for (const url of old.values()) if (!kept.has(url)) URL.revokeObjectURL(url);
    state.pages = pages;
    const holder = $("pages");
    holder.classList.remove("stale");
    const figures = [...holder.children];
    pages.forEach((page, i) => {
      let figure = figures[i];
      if (!figure) {
        figure = document.createElement("figure");
        figure.className = "page";
        const img = document.createElement("img");
        img.decoding = "async";
        figure.append(img);
        holder.append(figure);
      }
      const img = figure.querySelector("img");
      if (figure.dataset.key !== page.key) {
        img.src = page.url;
        figure.dataset.key = page.key;
      }
      img.alt = word("page_n", { n: i + 1, total: pages.length });
    });
    for (const extra of figures.slice(pages.length)) extra.remove();
    $("preview-note").textContent = word("preview_ready", { pages: pages.length });
    state.totals = body.totals;
    showTotals();
  }

  // --- downloads ---------------------------------------------------------------------------

  async function download(format) {
    if (!state.data) return;
    const response = await api(`/api/build?${params({ format })}`, { method: "POST", body: textOf(state.data) });
    if (!response.ok) {
      const problems = await problemsOf(response);
      alertUser(word("download_failed", { format: format.toUpperCase(), message: problems.map((p) => p.message).join("; ") }));
      return;
    }
    const blob = await response.blob();
    const disposition = response.headers.get("content-disposition") || "";
    const match = /filename="([^"]+)"/.exec(disposition);
    const name = match ? match[1] : `report.${format}`;
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    alertUser("");
    say("downloaded", { file: name });
  }

  // --- a new report ------------------------------------------------------------------------

  function openNewDialog() {
    const dialog = $("new-dialog");
    const country = $("new-country");
    const names = countryNames(state.ui);
    const codes = [...window.INFORME_CODES.countries].sort((a, b) => names(a).localeCompare(names(b)));
    country.replaceChildren(...codes.map((code) => new Option(`${names(code)} (${code})`, code)));
    const language = $("new-language");
    language.replaceChildren(...REPORT_LANGUAGES.map((l) => new Option(`${languageName(l)} (${l})`, l)));
    language.value = state.ui;
    const year = new Date().getFullYear();
    $("new-from").value = String(year - 4);
    $("new-to").value = String(year - 1);
    const suggest = () => {
      if ($("new-file").dataset.edited) return;
      const name = names(country.value).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
      $("new-file").value = `${name || country.value.toLowerCase()}-${$("new-from").value}-${$("new-to").value}.json`;
    };
    delete $("new-file").dataset.edited;
    country.onchange = suggest;
    $("new-from").oninput = suggest;
    $("new-to").oninput = suggest;
    $("new-file").oninput = () => {
      $("new-file").dataset.edited = "1";
    };
    suggest();
    dialog.showModal();
  }

  function createReport(event) {
    event.preventDefault();
    const code = $("new-country").value;
    const language = $("new-language").value;
    const file = $("new-file").value.trim();
    if (!file) return;
    const from = Number($("new-from").value);
    const to = Number($("new-to").value);
    $("new-dialog").close();
    state.file = file.endsWith(".json") ? file : `${file}.json`;
    state.data = {
      country: countryNames(language)(code),
      country_code: code,
      period: { from, to },
      language,
      form: "2012",
      measures: [],
    };
    state.savedText = null;
    state.savedAs = null;
    state.extraLanguages = [];
    clearPages();
    $("file-name").textContent = `${state.file} ${word("new_file")}`;
    buildForm();
    edited();
    check();
    offerDraft();
  }

  // --- start -------------------------------------------------------------------------------

  async function start() {
    applyWords();
    $("ui-lang").addEventListener("change", async () => {
      state.ui = $("ui-lang").value;
      localStorage.setItem("informe:ui", state.ui);
      try {
        await Promise.all([loadLabels(), loadSchema()]);
      } catch (err) {
        alertUser(err.message);
      }
      applyWords();
      if (state.data) buildForm();
    });
    $("report-lang").addEventListener("change", () => {
      state.lang = $("report-lang").value;
      check();
    });
    $("institution").addEventListener("change", () => {
      state.institution = $("institution").value;
      check();
    });
    $("form-choice").addEventListener("change", () => {
      if (!state.data) return;
      state.data.form = $("form-choice").value;
      buildForm();
      edited();
    });
    $("open").addEventListener("click", () => {
      const path = $("file-picker").value;
      if (path) openFile(path);
    });
    $("new").addEventListener("click", openNewDialog);
    $("new-form").addEventListener("submit", createReport);
    $("new-cancel").addEventListener("click", () => $("new-dialog").close());
    $("save").addEventListener("click", save);
    $("download-pdf").addEventListener("click", () => download("pdf"));
    $("download-ods").addEventListener("click", () => download("ods"));
    document.addEventListener("keydown", (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === "s") {
        event.preventDefault();
        save();
      }
    });
    window.addEventListener("beforeunload", (event) => {
      if (updateDirty()) event.preventDefault();
    });

    const [session, institutions] = await Promise.all([
      api("/api/session").then((r) => r.json()),
      api("/api/institutions").then((r) => r.json()),
      loadSchema(),
      loadLabels(),
    ]);
    state.session = session;
    state.institutions = institutions.institutions;
    const families = $("informe-families");
    for (const rule of (state.schema.$defs.Program.allOf || [])) {
      const family = rule.if && rule.if.properties && rule.if.properties.family && rule.if.properties.family.const;
      if (family) families.append(new Option(family, family));
    }
    const currencies = $("informe-currencies");
    for (const code of window.INFORME_CODES.currencies) currencies.append(new Option(code, code));
    applyWords();
    const files = await listFiles(session.open);
    if (session.open) await openFile(session.open);
    else if (!files.length) openNewDialog();
    document.body.dataset.ready = "true";
  }

  start().catch((err) => alertUser(err.message));
})();
