// The form, made from the JSON Schema of the data (GET /api/schema, the report's and each
// plugin's family `data`): every field of the report as a labelled control, lists whose items are
// added, removed and moved, texts in several languages side by side, choices as <select>, money
// as amount, currency and qualifier. Each field carries the JSON path diagnostics name it by.
"use strict";

window.InformeForm = (() => {
  /** Preferred order of the fields of the report's types (the schema lists them alphabetically). */
  const ORDER = {
    Report: ["country", "country_code", "period", "language", "form", "title", "institution", "issuer",
      "general_information", "executive_summary", "measures", "civil_society", "results_and_challenges",
      "annexes", "monitoring", "civil_society_measures", "transversal_issues", "include"],
    Measure: ["name", "chapter", "implementing_agencies", "organization", "framework", "key_objectives", "scope",
      "nature", "main_feature", "goals", "areas", "domains", "website", "indicators", "programs",
      "results_achieved", "partners", "evaluation", "financial_resources"],
    Program: ["id", "name", "family", "results_expected", "financial_resources", "conclusions", "footnotes", "data",
      "metrics"],
    FinancialResources: ["statement", "paid", "received"],
    Contribution: ["amount", "currency", "qualifier", "period", "mode", "footnote"],
    AllocatedResources: ["amount", "currency", "qualifier", "statement"],
    StatedAmount: ["amount", "currency"],
    StatedMetric: ["id", "label", "count", "money", "qualifier", "period", "indicator"],
    GeneralInformation: ["ratification_date", "ratification_process", "ifcd_contribution", "point_of_contact",
      "prepared_by"],
    Contact: ["name", "role", "organization", "address", "email", "phone", "website"],
    Issuer: ["name", "short_name", "address", "contact", "signatory"],
    Period: ["from", "to"],
    ResultsParts: ["results", "challenges", "solutions", "next_steps"],
    Annex: ["title", "kind", "file"],
    Footnote: ["id", "text"],
    Indicator: ["id", "name"],
    KeyQuestion: ["question", "answer"],
    Partner: ["name", "kind"],
    Evaluation: ["evaluated", "findings"],
  };
  /** Texts of a line (names, labels); every other text gets a box of several lines. */
  const SHORT = new Set(["name", "title", "short_name", "who", "unit", "label", "mode", "acronym", "role", "file",
    "statement_short", "organization", "address", "contact", "email", "phone", "website"]);
  /** Choices whose words the template's catalogues give, by the schema's name of their type. */
  const VALUE_LABELS = { Scope: "scope_values", Nature: "nature_values", Chapter: "chapters", AnnexKind: "annex_kinds",
    Goal: "goals", Area: "areas", Domain: "domains", PartnerKind: "partner_kinds" };
  const REPORT_LANGUAGES = ["es", "en", "pt", "fr"];
  /** The schema's mark of a node whose texts, its title and description, are left in English (a
   *  plugin's words for its family data). */
  const LANG_MARK = "x-informe-lang";
  /** How a description says that its field belongs to one form only, in every language the help
   *  is written in: "(2020 form)", "(formulario de 2020: «…»)"… (the core's catalogues keep it). */
  const formOnly = (year) =>
    new RegExp(`\\((?:${year} form|formulario de ${year}|formulário de ${year}|formulaire de ${year})\\s?[):]`);
  const FORM_ONLY = { 2020: formOnly(2020), 2012: formOnly(2012) };

  let ctx = null;
  let ids = 0;

  // --- the schema -------------------------------------------------------------------------

  /** `node` with its `$ref`s followed (within the resource its `$id` opens), and the name of the
   *  last definition reached. */
  function deref(node, root) {
    let name = null;
    if (node && node.$id) root = node;
    let guard = 0;
    while (node && node.$ref && guard++ < 32) {
      const m = /^#\/\$defs\/(.+)$/.exec(node.$ref);
      const target = m && root.$defs ? root.$defs[m[1]] : null;
      if (!target) return { node: {}, root, name };
      name = m[1];
      // What the referring place says (its title, description, default) overrides the
      // definition's; its texts come with their own language (a `$ref` stays within one resource,
      // the core's or one plugin's, whose texts the schema writes in one language).
      const local = Object.fromEntries(Object.entries(node).filter(([key]) => key !== "$ref"));
      node = Object.assign({}, target, local);
      if (("description" in local || "title" in local) && !(LANG_MARK in local)) delete node[LANG_MARK];
    }
    return { node: node || {}, root, name };
  }

  /** The one alternative of an `anyOf`/`oneOf`/type list besides `null`, if that is the shape. */
  function nullable(node) {
    const alts = node.anyOf || node.oneOf;
    if (alts && alts.length === 2) {
      const other = alts.find((a) => a.type !== "null");
      if (alts.some((a) => a.type === "null") && other) {
        // The node's own texts override the alternative's, and come with their own language.
        const texts = ["title", "description"].filter((key) => key in node);
        const own = texts.length ? Object.fromEntries([...texts, LANG_MARK].map((key) => [key, node[key]])) : {};
        const merged = Object.assign({}, other, own);
        if (merged[LANG_MARK] === undefined) delete merged[LANG_MARK];
        return merged;
      }
    }
    if (Array.isArray(node.type) && node.type.includes("null") && node.type.length === 2) {
      return Object.assign({}, node, { type: node.type.find((t) => t !== "null") });
    }
    return null;
  }

  function isText(node) {
    const alts = node.oneOf || node.anyOf;
    return !!alts && alts.length === 2 && alts.some((a) => a.type === "string") &&
      alts.some((a) => a.type === "object" && a.additionalProperties && a.additionalProperties.type === "string");
  }

  /** The values of a choice: an enum, constants (each with its description, in its language), or
   *  a small range of whole numbers. */
  function choices(node) {
    if (Array.isArray(node.enum)) return node.enum.map((v) => ({ value: v }));
    const alts = node.oneOf || node.anyOf;
    if (alts && alts.length && alts.every((a) => "const" in a || Array.isArray(a.enum))) {
      return alts.flatMap((a) => ("const" in a ? [{ value: a.const, help: helpOf(a), kept: !!a[LANG_MARK] }] : a.enum.map((v) => ({ value: v }))));
    }
    if (node.type === "integer" && Number.isInteger(node.minimum) && Number.isInteger(node.maximum) &&
      node.maximum - node.minimum <= 12) {
      const out = [];
      for (let v = node.minimum; v <= node.maximum; v++) out.push({ value: v });
      return out;
    }
    return null;
  }

  function typeOf(value) {
    if (value === null || value === undefined) return "null";
    if (Array.isArray(value)) return "array";
    if (Number.isInteger(value)) return "integer";
    return typeof value;
  }

  /** What kind of control a schema node becomes. */
  function kindOf(node) {
    if (isText(node)) return "text";
    if (choices(node)) return "choice";
    const type = Array.isArray(node.type) ? node.type[0] : node.type;
    // An object's `oneOf` of required fields (a figure's count or money) constrains its fields.
    if (type === "object" && node.properties && Object.keys(node.properties).length) return "object";
    if (node.oneOf || node.anyOf) return "union";
    if (type === "object") {
      if (node.properties && Object.keys(node.properties).length) return "object";
      if (node.additionalProperties && typeof node.additionalProperties === "object") return "map";
      return "json";
    }
    if (type === "array") return "array";
    if (type === "string") return "string";
    if (type === "integer" || type === "number") return "number";
    if (type === "boolean") return "boolean";
    return "json";
  }

  /** A value to start a new item of `node` with: its required fields, empty. */
  function blank(node, root, depth = 0) {
    const r = deref(node, root);
    node = nullable(r.node) || r.node;
    root = r.root;
    if (depth > 6) return null;
    if ("default" in node && node.default !== null && typeof node.default !== "object") return node.default;
    switch (kindOf(node)) {
      case "text": return "";
      case "choice": return choices(node)[0].value;
      case "object": {
        const out = {};
        for (const key of node.required || []) {
          out[key] = blank(node.properties[key] || {}, root, depth + 1);
        }
        return out;
      }
      case "array": return [];
      case "map": return {};
      case "number": return node.minimum && node.minimum > 0 ? node.minimum : 0;
      case "boolean": return false;
      case "union": {
        const first = (node.oneOf || node.anyOf)[0];
        return blank(first, root, depth + 1);
      }
      case "string": return "";
      default: return {};
    }
  }

  // --- paths and values --------------------------------------------------------------------

  /** A path as diagnostics write it: `measures[0].programs[2].data.projects`. */
  function pathText(path) {
    let out = "";
    for (const seg of path) {
      if (typeof seg === "number") out += `[${seg}]`;
      else out += (out ? "." : "") + seg;
    }
    return out;
  }

  function get(path) {
    let at = ctx.data;
    for (const seg of path) {
      if (at === null || typeof at !== "object") return undefined;
      at = at[seg];
    }
    return at;
  }

  /** Sets the value at `path`; `undefined` removes the key. */
  function set(path, value) {
    if (!path.length) {
      ctx.data = value;
      return;
    }
    let at = ctx.data;
    for (let i = 0; i < path.length - 1; i++) {
      const seg = path[i];
      if (at[seg] === null || typeof at[seg] !== "object") at[seg] = typeof path[i + 1] === "number" ? [] : {};
      at = at[seg];
    }
    const last = path[path.length - 1];
    if (value === undefined) {
      if (Array.isArray(at)) at.splice(last, 1);
      else delete at[last];
    } else {
      at[last] = value;
    }
  }

  function edit(path, value) {
    set(path, value);
    ctx.onEdit(path);
  }

  /** A change of shape (an item added, a family changed): the form is made again. */
  function reshape(path, value, focusPath) {
    set(path, value);
    ctx.onEdit(path);
    ctx.onReshape(focusPath || path);
  }

  // --- words -------------------------------------------------------------------------------

  function word(key, args) {
    return ctx.word(key, args);
  }

  function humanize(key) {
    const text = String(key).replace(/[_-]+/g, " ").trim();
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function labelOf(key, parentDef) {
    const fields = ctx.words.fields || {};
    const byTemplate = ctx.labels && typeof ctx.labels[key] === "string" ? ctx.labels[key] : null;
    return fields[`${parentDef}.${key}`] || fields[key] || byTemplate || humanize(key);
  }

  function itemWord(defName, label) {
    return (defName && ctx.words.items && ctx.words.items[defName]) || ctx.words.item || label;
  }

  function valueLabel(value, defName) {
    const group = VALUE_LABELS[defName];
    const catalogue = group && ctx.labels ? ctx.labels[group] : null;
    if (catalogue && catalogue[String(value)]) {
      return defName === "Goal" ? `${value}. ${catalogue[String(value)]}` : catalogue[String(value)];
    }
    const values = ctx.words.values || {};
    return values[value] || String(value);
  }

  // --- building blocks ---------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  function newId(path) {
    ids += 1;
    return `f${ids}-${pathText(path).replace(/[^A-Za-z0-9]+/g, "-").slice(-60)}`;
  }

  /** A description of the schema as prose: its code marks dropped. The descriptions are the data
   *  format's documentation, in the page's language (the schema asked for in it). */
  function plain(text) {
    return String(text).replace(/`/g, "").replace(/\s*\n\s*/g, " ");
  }

  /** The language of a node's texts (its title and description): the one the schema was asked
   *  for, unless the schema marks them as left in English. */
  function textLang(node) {
    return node[LANG_MARK] || ctx.helpLanguage || "en";
  }

  /** A node's help: its description and the language it is written in. */
  function helpOf(node) {
    if (!node || !node.description) return null;
    return { text: node.description, lang: textLang(node) };
  }

  /** The option naming a choice's value, its tooltip the schema's description of the value, the
   *  option's `lang` the description's. A value whose description the schema left in English (a
   *  plugin's) is named as its author wrote it rather than by a word of the page, so that the
   *  option's name and tooltip are in the one language it says. */
  function choiceOption(value, choice, defName) {
    const help = choice.help;
    const name = choice.kept ? String(choice.value) : valueLabel(choice.value, defName);
    return el("option", { value, text: name, title: help ? plain(help.text) : null, lang: help ? help.lang : null });
  }

  /** The paragraph of a field's help, in its own language. */
  function helpParagraph(id, description) {
    return description ? el("p", { class: "help", id, text: plain(description.text), lang: description.lang }) : null;
  }

  /** The place of one field: label, control, description and the problems found in it. */
  function field(path, label, control, controlId, description) {
    const problems = el("div", { class: "problems", id: `${controlId}-problems` });
    const help = helpParagraph(`${controlId}-help`, description);
    const box = el("div", { class: "field", "data-path": pathText(path) },
      el("label", { for: controlId, text: label }), control, help, problems);
    const described = [help && help.id, problems.id].filter(Boolean).join(" ");
    control.setAttribute("aria-describedby", described);
    return box;
  }

  /** A group of fields, with its legend. */
  function group(path, legend, description, ...children) {
    const id = newId(path);
    const help = helpParagraph(`${id}-help`, description);
    const problems = el("div", { class: "problems", id: `${id}-problems` });
    return el("fieldset", { class: "group", "data-path": pathText(path), "aria-describedby": [help && help.id, problems.id].filter(Boolean).join(" ") },
      el("legend", { text: legend }), help, problems, ...children);
  }

  function button(text, onclick, extra) {
    return el("button", Object.assign({ type: "button", onclick, class: "small" }, extra || {}), text);
  }

  // --- controls by kind --------------------------------------------------------------------

  function render(node, root, value, path, opts) {
    const r = deref(node, root);
    const defName = r.name || opts.defName || null;
    node = r.node;
    root = r.root;
    const inner = nullable(node);
    if (inner) return renderOptional(inner, root, value, path, Object.assign({}, opts, { defName }));
    const label = opts.label;
    // What a text is, the schema says of every text: the field's own words are worth showing.
    const generic = r.name === "Text" && root.$defs && root.$defs.Text && node.description === root.$defs.Text.description;
    const description = generic ? null : (helpOf(node) || opts.description || null);
    switch (kindOf(node)) {
      case "text": return renderText(value, path, label, description, opts);
      case "choice": return renderChoice(node, value, path, label, description, defName, opts);
      case "object": return renderObject(node, root, value, path, label, description, defName, opts);
      case "array": return renderArray(node, root, value, path, label, description, defName, opts);
      case "map": return renderMap(node, root, value, path, label, description, opts);
      case "string": return renderString(node, value, path, label, description, opts);
      case "number": return renderNumber(node, value, path, label, description, opts);
      case "boolean": return renderBoolean(value, path, label, description);
      case "union": return renderUnion(node, root, value, path, label, description, opts);
      default: return renderJson(value, path, label, description, opts);
    }
  }

  /** A field that may be absent: scalars are simply left empty; a group is added on demand. */
  function renderOptional(node, root, value, path, opts) {
    const r = deref(node, root);
    const kind = kindOf(r.node);
    const grouped = kind === "object" || kind === "array" || kind === "map" || kind === "union" || kind === "json";
    if (!grouped || (value !== undefined && value !== null)) {
      const shown = render(node, root, value === null ? undefined : value, path, Object.assign({}, opts, { optional: true }));
      if (grouped) {
        const remove = button(word("remove", { item: opts.label }), () => reshape(path, undefined, path.slice(0, -1)));
        shown.append(el("div", { class: "actions" }, remove));
      }
      return shown;
    }
    const add = button(word("add", { item: opts.label }), () => reshape(path, blank(node, root), path), { class: "small add" });
    return el("div", { class: "field absent", "data-path": pathText(path) }, add);
  }

  function renderString(node, value, path, label, description, opts) {
    const id = newId(path);
    const key = String(path[path.length - 1]);
    let control;
    if (key === "country_code") {
      control = el("select", { id }, el("option", { value: "", text: word("none") }));
      const names = ctx.countryNames();
      const codes = [...window.INFORME_CODES.countries].sort((a, b) => names(a).localeCompare(names(b)));
      if (value && !codes.includes(value)) codes.unshift(value);
      for (const code of codes) control.append(el("option", { value: code, text: `${names(code)} (${code})` }));
      control.value = value || "";
    } else if (key === "language" && path.length === 1) {
      control = el("select", { id });
      const languages = REPORT_LANGUAGES.includes(value) || !value ? REPORT_LANGUAGES : [value, ...REPORT_LANGUAGES];
      for (const lang of languages) control.append(el("option", { value: lang, text: `${ctx.languageName(lang)} (${lang})` }));
      control.value = value || "";
    } else {
      const type = node.format === "date" ? "date" : (key === "email" ? "email" : "text");
      control = el("input", { id, type, value: value ?? "", spellcheck: key === "currency" || key === "id" ? "false" : null });
      if (key === "currency") {
        control.setAttribute("list", "informe-currencies");
        control.setAttribute("autocapitalize", "characters");
        control.classList.add("code");
      } else if (key === "family") {
        control.setAttribute("list", "informe-families");
      } else if (key === "amount") {
        control.setAttribute("inputmode", "decimal");
        control.classList.add("figure");
      }
    }
    const reshapes = key === "family" || key === "form" || (key === "language" && path.length === 1);
    const changed = () => {
      const v = control.value;
      const next = v === "" && opts.optional ? undefined : v;
      if (reshapes) reshape(path, next);
      else edit(path, next);
    };
    control.addEventListener(reshapes ? "change" : "input", changed);
    return field(path, label, control, id, description);
  }

  function renderNumber(node, value, path, label, description, opts) {
    const id = newId(path);
    const control = el("input", { id, type: "number", inputmode: "numeric", value: value ?? "",
      step: node.type === "integer" || (Array.isArray(node.type) && node.type.includes("integer")) ? "1" : "any",
      min: node.minimum ?? null, max: node.maximum ?? null, class: "figure" });
    control.addEventListener("input", () => {
      const v = control.value.trim();
      if (v === "") edit(path, opts.optional ? undefined : null);
      else if (Number.isFinite(Number(v))) edit(path, Number(v));
    });
    return field(path, label, control, id, description);
  }

  function renderBoolean(value, path, label, description) {
    const id = newId(path);
    const control = el("input", { id, type: "checkbox", checked: value === true });
    control.addEventListener("change", () => edit(path, control.checked));
    const box = field(path, label, control, id, description);
    box.classList.add("check");
    return box;
  }

  function renderChoice(node, value, path, label, description, defName, opts) {
    const id = newId(path);
    const list = choices(node);
    const control = el("select", { id });
    if (opts.optional || value === undefined) {
      // Absent, a choice with a default means its default: say which.
      const fallback = "default" in node && node.default !== null ? valueLabel(node.default, defName) : null;
      control.append(el("option", { value: "", text: fallback || (opts.optional ? word("none") : word("choose")) }));
    }
    list.forEach((choice, i) => {
      control.append(choiceOption(String(i), choice, defName));
    });
    const at = list.findIndex((c) => c.value === value);
    control.value = at >= 0 ? String(at) : "";
    const key = String(path[path.length - 1]);
    control.addEventListener("change", () => {
      const next = control.value === "" ? undefined : list[Number(control.value)].value;
      if (key === "form" && path.length === 1) reshape(path, next);
      else edit(path, next);
    });
    return field(path, label, control, id, description);
  }

  /** A list of choices (scope, nature, areas…): one checkbox per value. */
  function renderChoiceSet(items, value, path, label, description, defName) {
    const list = choices(items);
    const chosen = Array.isArray(value) ? value : [];
    const box = group(path, label, description);
    box.classList.add("choices");
    list.forEach((choice) => {
      const id = newId(path);
      const input = el("input", { id, type: "checkbox", checked: chosen.includes(choice.value) });
      input.addEventListener("change", () => {
        const now = list.map((c) => c.value).filter((v) => (v === choice.value ? input.checked : chosen.includes(v)));
        chosen.splice(0, chosen.length, ...now);
        edit(path, [...now]);
      });
      box.append(el("span", { class: "choice" }, input, el("label", { for: id, text: valueLabel(choice.value, defName) })));
    });
    return box;
  }

  /** A text in several languages side by side, or one text for every language. */
  function renderText(value, path, label, description, opts) {
    const key = String(path[path.length - 1]);
    const short = SHORT.has(key) || /^\d+$/.test(key);
    const box = group(path, label, description);
    box.classList.add("text");
    const control = (id, v, onInput) => {
      const input = short ? el("input", { id, type: "text", value: v }) : el("textarea", { id, rows: "3" });
      if (!short) input.value = v;
      input.addEventListener("input", () => onInput(input.value));
      return input;
    };
    if (typeof value === "string" && value !== "" ) {
      const id = newId(path);
      const input = control(id, value, (v) => edit(path, v === "" && opts.optional ? undefined : v));
      input.setAttribute("aria-describedby", `${box.getAttribute("aria-describedby") || ""}`.trim());
      box.append(el("div", { class: "langs one" }, el("div", { class: "lang" }, el("label", { for: id, text: word("every_language") }), input)));
      box.append(el("div", { class: "actions" }, button(word("per_language"), () => {
        const per = {};
        per[ctx.dataLanguage()] = value;
        reshape(path, per);
      })));
      return box;
    }
    const texts = value && typeof value === "object" ? value : {};
    const languages = [...new Set([...ctx.languages(), ...Object.keys(texts)])];
    const row = el("div", { class: "langs" });
    for (const lang of languages) {
      const id = newId(path.concat(lang));
      const input = control(id, texts[lang] ?? "", (v) => {
        const now = Object.assign({}, get(path) && typeof get(path) === "object" ? get(path) : {});
        if (v === "") delete now[lang];
        else now[lang] = v;
        edit(path, Object.keys(now).length ? now : (opts.optional ? undefined : ""));
      });
      input.setAttribute("lang", lang);
      input.setAttribute("aria-describedby", `${box.getAttribute("aria-describedby") || ""}`.trim());
      row.append(el("div", { class: "lang", "data-path": pathText(path.concat(lang)) },
        el("label", { for: id, text: ctx.languageName(lang) }), input));
    }
    box.append(row);
    const missing = REPORT_LANGUAGES.filter((l) => !languages.includes(l));
    const actions = el("div", { class: "actions" });
    if (missing.length) {
      const id = newId(path);
      const select = el("select", { id }, el("option", { value: "", text: word("add_language") }),
        missing.map((l) => el("option", { value: l, text: ctx.languageName(l) })));
      select.addEventListener("change", () => {
        if (!select.value) return;
        ctx.addLanguage(select.value);
        ctx.onReshape(path.concat(select.value));
      });
      actions.append(el("label", { for: id, class: "visually-hidden", text: `${word("add_language")}: ${label}` }), select);
    }
    // A text written in one language may become the one text of every language (a name).
    if (Object.keys(texts).length === 1) {
      actions.append(button(word("one_text"), () => reshape(path, Object.values(texts)[0])));
    }
    box.append(actions);
    return box;
  }

  function ordered(node, defName) {
    const keys = Object.keys(node.properties || {});
    const order = ORDER[defName];
    const required = new Set(node.required || []);
    return keys.sort((a, b) => {
      if (order) {
        const ia = order.indexOf(a), ib = order.indexOf(b);
        return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib) || a.localeCompare(b);
      }
      return (required.has(b) - required.has(a)) || a.localeCompare(b);
    });
  }

  function renderObject(node, root, value, path, label, description, defName, opts) {
    const object = value && typeof value === "object" && !Array.isArray(value) ? value : {};
    const box = path.length ? group(path, label, opts.legendDescription === false ? null : description) : el("div", { class: "root", "data-path": "" });
    box.dataset.def = defName || "";
    const inline = ["Period", "Contribution", "StatedAmount", "AllocatedResources"].includes(defName);
    const fields = el("div", { class: inline ? "fields inline" : "fields" });
    const form2020 = [];
    const form2012 = [];
    const form = (ctx.data && ctx.data.form) || "2012";
    const required = new Set(node.required || []);
    for (const key of ordered(node, defName)) {
      let child = node.properties[key];
      if (key === "data" && defName === "Program") child = familySchema(node, object.family) || child;
      const childDescription = deref(child, root).node.description || child.description;
      const rendered = render(child, root, object[key], path.concat(key), {
        label: labelOf(key, defName),
        optional: !required.has(key),
        parentDef: defName,
      });
      const only = FORM_ONLY[2020].test(childDescription || "") ? "2020" :
        (FORM_ONLY[2012].test(childDescription || "") ? "2012" : null);
      if (only === "2020" && form === "2012" && object[key] === undefined) form2020.push(rendered);
      else if (only === "2012" && form === "2020" && object[key] === undefined) form2012.push(rendered);
      else fields.append(rendered);
    }
    box.append(fields);
    for (const [list, key] of [[form2020, "form_2020_fields"], [form2012, "form_2012_fields"]]) {
      if (list.length) box.append(el("details", { class: "other-form" }, el("summary", { text: word(key) }), ...list));
    }
    if (defName === "Measure") box.append(el("div", { class: "measure-totals", "aria-live": "polite", "data-measure": String(path[path.length - 1]) }));
    return box;
  }

  /** The schema of a program's `data` for its family, from the plugin serving it. */
  function familySchema(programNode, family) {
    const rules = programNode.allOf || [];
    for (const rule of rules) {
      const cond = rule.if && rule.if.properties && rule.if.properties.family;
      if (cond && cond.const === family && rule.then && rule.then.properties && rule.then.properties.data) {
        return rule.then.properties.data;
      }
    }
    return null;
  }

  function renderArray(node, root, value, path, label, description, defName, opts) {
    const items = node.items || {};
    const r = deref(items, root);
    if (choices(r.node) && kindOf(r.node) === "choice") {
      return renderChoiceSet(r.node, value, path, label, description, r.name);
    }
    const list = Array.isArray(value) ? value : [];
    const box = group(path, label, description);
    box.classList.add("list");
    const noun = itemWord(r.name, label);
    list.forEach((item, i) => {
      const itemPath = path.concat(i);
      const named = item && typeof item === "object" && !Array.isArray(item) && typeof item.name === "string" && item.name.trim()
        ? ` — ${item.name}` : "";
      const itemLabel = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${i + 1}${named}`;
      const rendered = render(items, root, item, itemPath, { label: itemLabel, optional: false, parentDef: defName });
      const move = (to) => {
        const now = [...(get(path) || [])];
        const [moved] = now.splice(i, 1);
        now.splice(to, 0, moved);
        reshape(path, now, path.concat(to));
      };
      const actions = el("div", { class: "actions item-actions" },
        i > 0 ? button(word("move_up", { item: itemLabel }), () => move(i - 1)) : null,
        i < list.length - 1 ? button(word("move_down", { item: itemLabel }), () => move(i + 1)) : null,
        button(word("remove", { item: itemLabel }), () => {
          const now = [...(get(path) || [])];
          now.splice(i, 1);
          reshape(path, now, path);
        }, { class: "small danger" }));
      rendered.classList.add("item");
      rendered.append(actions);
      box.append(rendered);
    });
    box.append(el("div", { class: "actions" }, button(word("add", { item: noun }), () => {
      const now = [...(get(path) || []), blank(items, root)];
      reshape(path, now, path.concat(now.length - 1));
    }, { class: "small add" })));
    return box;
  }

  /** An object keyed by names (the 2020 form's monitoring by area): one group per key. */
  function renderMap(node, root, value, path, label, description) {
    const object = value && typeof value === "object" ? value : {};
    const box = group(path, label, description);
    // The 2020 form's monitoring is keyed by area: the schema says so in words only.
    const keys = node.propertyNames || (pathText(path) === "monitoring" && root.$defs && root.$defs.Area ? { $ref: "#/$defs/Area" } : null);
    const keyNode = keys ? deref(keys, root) : null;
    const keyChoices = keyNode ? choices(keyNode.node) : null;
    for (const key of Object.keys(object)) {
      const keyLabel = keyChoices ? valueLabel(key, keyNode.name) : key;
      const rendered = render(node.additionalProperties, root, object[key], path.concat(key), { label: keyLabel, optional: false });
      rendered.append(el("div", { class: "actions" }, button(word("remove", { item: keyLabel }), () => {
        const now = Object.assign({}, get(path));
        delete now[key];
        reshape(path, now, path);
      }, { class: "small danger" })));
      box.append(rendered);
    }
    const id = newId(path);
    const free = (keyChoices || []).filter((c) => !(String(c.value) in object));
    const adder = keyChoices
      ? el("select", { id }, el("option", { value: "", text: word("choose") }), free.map((c) => el("option", { value: String(c.value), text: valueLabel(c.value, keyNode.name) })))
      : el("input", { id, type: "text" });
    const add = button(word("add", { item: label }), () => {
      const key = adder.value.trim();
      if (!key) return;
      const now = Object.assign({}, get(path) || {});
      now[key] = blank(node.additionalProperties, root);
      reshape(path, now, path.concat(key));
    }, { class: "small add" });
    box.append(el("div", { class: "actions" }, el("label", { for: id, text: word("add", { item: label }) }), adder, add));
    return box;
  }

  /** A value of one of several shapes (a count, or a count with its qualifier): the shape is
   *  chosen, then its fields. */
  function renderUnion(node, root, value, path, label, description, opts) {
    const alts = (node.oneOf || node.anyOf).map((alt) => deref(alt, root));
    const matches = (alt) => {
      const kind = kindOf(alt.node);
      const t = typeOf(value);
      if (kind === "text") {
        return t === "string" || (t === "object" &&
          Object.entries(value).every(([k, v]) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(k) && typeof v === "string"));
      }
      if (kind === "object" || kind === "map" || kind === "json") return t === "object";
      if (kind === "array") return t === "array";
      if (kind === "number") return t === "integer" || t === "number";
      if (kind === "string" || kind === "choice") return t === "string" || t === "integer";
      if (kind === "boolean") return t === "boolean";
      return false;
    };
    let at = value === undefined ? 0 : alts.findIndex(matches);
    if (at < 0) return renderJson(value, path, label, description, opts);
    const id = newId(path);
    const select = el("select", { id, class: "shape" });
    alts.forEach((alt, i) => {
      const kind = kindOf(alt.node);
      const name = kind === "text" ? word("alt_string") : word(`alt_${kind === "choice" ? "string" : (kind === "map" ? "object" : kind)}`);
      // A shape the schema names is named in the schema's language, else in the page's words.
      const title = alt.node.title ? { text: plain(alt.node.title), lang: textLang(alt.node) } : null;
      select.append(el("option", { value: String(i), text: title ? title.text : name, lang: title ? title.lang : null }));
    });
    select.value = String(at);
    select.addEventListener("change", () => reshape(path, blank(alts[Number(select.value)].node, alts[Number(select.value)].root), path));
    const chosen = alts[at];
    const inner = render(chosen.node, chosen.root, value, path, Object.assign({}, opts, { label, defName: chosen.name }));
    const box = el("div", { class: "union", "data-path": pathText(path) },
      el("div", { class: "shape-choice" }, el("label", { for: id, text: `${label}: ${word("alt_choice")}` }), select), inner);
    return box;
  }

  /** What the form has no fields for (a family without plugin): the value as JSON. */
  function renderJson(value, path, label, description, opts) {
    const id = newId(path);
    const area = el("textarea", { id, rows: "4", class: "json", spellcheck: "false" });
    area.value = value === undefined ? "" : JSON.stringify(value, null, 2);
    const note = el("p", { class: "note", text: opts.note || word("json_note") });
    const local = el("p", { class: "problem error", hidden: true, role: "alert" });
    area.addEventListener("input", () => {
      const text = area.value.trim();
      if (text === "") {
        local.hidden = true;
        edit(path, opts.optional ? undefined : {});
        return;
      }
      try {
        const parsed = JSON.parse(text);
        local.hidden = true;
        edit(path, parsed);
      } catch (err) {
        local.textContent = word("json_invalid", { message: err.message });
        local.hidden = false;
      }
    });
    const box = field(path, label, area, id, description);
    box.append(note, local);
    return box;
  }

  /** A message of informe's, its `quoted` parts as code. */
  function quoted(text) {
    return String(text).split("`").map((part, i) => (i % 2 ? el("code", { text: part }) : part));
  }

  // --- problems on their fields ------------------------------------------------------------

  /** Shows each problem on the field its path names (or the closest group holding it); returns
   *  the problems with the element each was placed on. */
  function showProblems(form, problems, file) {
    for (const box of form.querySelectorAll(".problems")) box.replaceChildren();
    for (const node of form.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
    for (const node of form.querySelectorAll(".has-error, .has-warning")) node.classList.remove("has-error", "has-warning");
    const placed = [];
    for (const problem of problems) {
      let target = null;
      if (problem.path && (!problem.file || problem.file === file)) {
        let path = problem.path;
        while (path && !target) {
          target = form.querySelector(`[data-path="${CSS.escape(path)}"]`);
          if (!target) {
            const shorter = path.replace(/(\.[^.[\]]*|\[\d+\])$/, "");
            path = shorter === path ? "" : shorter;
          }
          if (target && target.classList.contains("lang")) target = target.closest(".group") || target;
        }
      }
      if (target) {
        const box = target.querySelector(":scope > .problems") || target.querySelector(".problems");
        if (box) {
          const line = el("p", { class: `problem ${problem.severity}` },
            el("span", { class: "severity", text: problem.severity === "error" ? "✖ " : "⚠ " }), ...quoted(problem.message));
          for (const hint of problem.hints || []) line.append(el("span", { class: "hint" }, ` ${word("hint")}: `, ...quoted(hint)));
          box.append(line);
        }
        target.classList.add(problem.severity === "error" ? "has-error" : "has-warning");
        if (problem.severity === "error") {
          const controls = target.matches("input, select, textarea") ? [target] :
            [...target.querySelectorAll(":scope > input, :scope > select, :scope > textarea, :scope > .langs textarea, :scope > .langs input")];
          for (const c of controls) c.setAttribute("aria-invalid", "true");
        }
      }
      placed.push({ problem, target });
    }
    return placed;
  }

  /** Makes the form of `ctx.data` into `container`. */
  function build(container, context) {
    ctx = context;
    ids = 0;
    const schema = ctx.schema;
    const root = render(schema, schema, ctx.data, [], { label: "", optional: false, defName: "Report" });
    container.replaceChildren(root);
  }

  return { build, showProblems, pathText, deref, quoted };
})();
