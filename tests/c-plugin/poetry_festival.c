/* poetry_festival.c: an informe plugin in C for the family `poetry-festival`, from informe_plugin.h alone. */
/*
 * It reads the few request fields it needs with a small scanner of its own (no JSON library) and
 * skips every other field, as the protocol asks of both sides, so a later informe adding fields
 * does not trouble it. It answers a section, a metric counting toward the beneficiary-projects
 * indicator, a summary sentence and the family's name, in Spanish or English. Every buffer it hands
 * the host is malloc'd here and released by plugin_free: the host never frees a plugin's memory with
 * its own allocator.
 *
 * Build: cc -std=c99 -shared -fPIC -I crates/informe-plugin/include -o libpoetry_festival.so poetry_festival.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "informe_plugin.h"

#if defined(_WIN32)
#define EXPORT __declspec(dllexport)
#else
#define EXPORT __attribute__((visibility("default")))
#endif

/* ---- Reading the request ------------------------------------------------------------------ */

/* The text of one JSON value inside the request; `p == NULL` when there is none. */
typedef struct {
    const char *p;
    const char *end;
} json;

static const json NONE = {NULL, NULL};

static const char *skip_space(const char *p, const char *end) {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    return p;
}

/* Past the string whose opening quote is at p; NULL if it never ends. */
static const char *skip_string(const char *p, const char *end) {
    for (p++; p < end; p++) {
        if (*p == '\\') {
            p++;
        } else if (*p == '"') {
            return p + 1;
        }
    }
    return NULL;
}

/* Past the value at p; NULL if it is malformed. The depth is bounded so that deeply nested data
 * cannot exhaust the stack of the host's thread. */
static const char *skip_value(const char *p, const char *end, int depth) {
    p = skip_space(p, end);
    if (p >= end || depth > 128) return NULL;
    if (*p == '"') return skip_string(p, end);
    if (*p == '{' || *p == '[') {
        const char close = *p == '{' ? '}' : ']';
        p = skip_space(p + 1, end);
        if (p < end && *p == close) return p + 1;
        for (;;) {
            if (close == '}') {
                if (p >= end || *p != '"' || !(p = skip_string(p, end))) return NULL;
                p = skip_space(p, end);
                if (p >= end || *p != ':') return NULL;
                p++;
            }
            if (!(p = skip_value(p, end, depth + 1))) return NULL;
            p = skip_space(p, end);
            if (p >= end) return NULL;
            if (*p == close) return p + 1;
            if (*p != ',') return NULL;
            p = skip_space(p + 1, end);
        }
    }
    /* A number, true, false or null: up to the next delimiter. */
    const char *start = p;
    while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t') p++;
    return p > start ? p : NULL;
}

/* The value of `key` in the object `object`, or NONE. The keys informe sends are plain ASCII, so
 * they are compared as written. */
static json member(json object, const char *key) {
    if (!object.p || *object.p != '{') return NONE;
    const size_t key_len = strlen(key);
    const char *p = skip_space(object.p + 1, object.end);
    while (p < object.end && *p == '"') {
        const char *key_end = skip_string(p, object.end);
        if (!key_end) return NONE;
        const int found = (size_t)(key_end - p) == key_len + 2 && memcmp(p + 1, key, key_len) == 0;
        p = skip_space(key_end, object.end);
        if (p >= object.end || *p != ':') return NONE;
        const char *value = skip_space(p + 1, object.end);
        const char *value_end = skip_value(value, object.end, 0);
        if (!value_end) return NONE;
        if (found) {
            json result = {value, value_end};
            return result;
        }
        p = skip_space(value_end, object.end);
        if (p >= object.end || *p != ',') break;
        p = skip_space(p + 1, object.end);
    }
    return NONE;
}

/* The number of elements of an array, or -1 when `value` is not one. */
static long array_length(json value) {
    if (!value.p || *value.p != '[') return -1;
    const char *p = skip_space(value.p + 1, value.end);
    if (p < value.end && *p == ']') return 0;
    long count = 0;
    for (;;) {
        if (!(p = skip_value(p, value.end, 0))) return -1;
        count++;
        p = skip_space(p, value.end);
        if (p >= value.end) return -1;
        if (*p == ']') return count;
        if (*p != ',') return -1;
        p++;
    }
}

/* A non-negative integer, or `fallback` when `value` is absent or no such number. */
static long integer_of(json value, long fallback) {
    if (!value.p || value.p >= value.end || *value.p < '0' || *value.p > '9') return fallback;
    long n = 0;
    for (const char *p = value.p; p < value.end && *p >= '0' && *p <= '9' && n < 100000; p++) n = n * 10 + (*p - '0');
    return n;
}

static int hex4(const char *p, const char *end, unsigned *out) {
    if (end - p < 4) return 0;
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        const char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return 0;
    }
    *out = v;
    return 1;
}

static char *put_utf8(char *o, unsigned c) {
    if (c < 0x80) {
        *o++ = (char)c;
    } else if (c < 0x800) {
        *o++ = (char)(0xC0 | (c >> 6));
        *o++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *o++ = (char)(0xE0 | (c >> 12));
        *o++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (c >> 18));
        *o++ = (char)(0x80 | ((c >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *o++ = (char)(0x80 | (c & 0x3F));
    }
    return o;
}

/* The text of a string value, NUL-terminated, malloc'd for the caller to free; NULL when `value`
 * is no string. Decoding never lengthens a string (`\uXXXX`, 6 bytes, is at most 3 in UTF-8), so
 * the value's own length is room enough. */
static char *string_of(json value) {
    if (!value.p || *value.p != '"') return NULL;
    char *text = malloc((size_t)(value.end - value.p) + 1);
    if (!text) return NULL;
    char *o = text;
    for (const char *p = value.p + 1; p < value.end - 1; p++) {
        if (*p != '\\') {
            *o++ = *p;
            continue;
        }
        p++;
        unsigned c = 0;
        switch (*p) {
            case 'n': *o++ = '\n'; break;
            case 't': *o++ = '\t'; break;
            case 'r': *o++ = '\r'; break;
            case 'b': *o++ = '\b'; break;
            case 'f': *o++ = '\f'; break;
            case 'u':
                if (!hex4(p + 1, value.end, &c)) goto bad;
                p += 4;
                if (c >= 0xD800 && c < 0xDC00) {
                    unsigned low = 0;
                    if (p + 2 < value.end && p[1] == '\\' && p[2] == 'u' && hex4(p + 3, value.end, &low) && low >= 0xDC00 &&
                        low < 0xE000) {
                        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                        p += 6;
                    } else {
                        c = 0xFFFD; /* a lone surrogate is no character: the replacement one stands in */
                    }
                } else if (c >= 0xDC00 && c < 0xE000) {
                    c = 0xFFFD;
                }
                o = put_utf8(o, c);
                break;
            default: *o++ = *p; /* '"', '\\' and '/' stand for themselves */
        }
    }
    *o = '\0';
    return text;
bad:
    free(text);
    return NULL;
}

/* ---- Writing the response ----------------------------------------------------------------- */

/* A growing byte buffer; `failed` once an allocation fails, after which writes are dropped. */
typedef struct {
    char *ptr;
    size_t len;
    size_t cap;
    int failed;
} writer;

static void put(writer *w, const char *bytes, size_t n) {
    if (w->failed) return;
    if (w->len + n > w->cap) {
        size_t cap = w->cap ? w->cap : 1024;
        while (cap < w->len + n) cap *= 2;
        char *grown = realloc(w->ptr, cap);
        if (!grown) {
            w->failed = 1;
            return;
        }
        w->ptr = grown;
        w->cap = cap;
    }
    memcpy(w->ptr + w->len, bytes, n);
    w->len += n;
}

static void put_raw(writer *w, const char *text) { put(w, text, strlen(text)); }

static void put_number(writer *w, long n) {
    char digits[24];
    put(w, digits, (size_t)snprintf(digits, sizeof digits, "%ld", n));
}

/* The characters of `text` as inside a JSON string: quote, backslash and control characters escaped. */
static void put_escaped(writer *w, const char *text) {
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p == '"' || *p == '\\') {
            const char escaped[2] = {'\\', (char)*p};
            put(w, escaped, 2);
        } else if (*p < 0x20) {
            char escaped[8];
            put(w, escaped, (size_t)snprintf(escaped, sizeof escaped, "\\u%04x", *p));
        } else {
            put(w, (const char *)p, 1);
        }
    }
}

/* A JSON string of `template` with {program}, {country} and {count} filled in. */
static void put_sentence(writer *w, const char *template, const char *program, const char *country, long count) {
    put_raw(w, "\"");
    for (const char *p = template; *p;) {
        if (strncmp(p, "{program}", 9) == 0) {
            put_escaped(w, program);
            p += 9;
        } else if (strncmp(p, "{country}", 9) == 0) {
            put_escaped(w, country);
            p += 9;
        } else if (strncmp(p, "{count}", 7) == 0) {
            put_number(w, count);
            p += 7;
        } else {
            const char one[2] = {*p++, '\0'};
            put_escaped(w, one);
        }
    }
    put_raw(w, "\"");
}

/* Hands the written bytes to the host, which gives them back to plugin_free. Without memory for
 * them, the answer is an empty error: the host reports the plugin failed. */
static int32_t hand_over(writer *w, informe_buffer *out, int32_t status) {
    if (w->failed) {
        free(w->ptr);
        out->ptr = NULL;
        out->len = 0;
        out->cap = 0;
        return INFORME_STATUS_ERROR;
    }
    out->ptr = (uint8_t *)w->ptr;
    out->len = w->len;
    out->cap = w->cap;
    return status;
}

/* A clean refusal: {"error": message}, status INFORME_STATUS_ERROR. */
static int32_t refuse(informe_buffer *out, const char *message) {
    writer w = {NULL, 0, 0, 0};
    put_raw(&w, "{\"error\":\"");
    put_escaped(&w, message);
    put_raw(&w, "\"}");
    return hand_over(&w, out, INFORME_STATUS_ERROR);
}

/* ---- The family's words --------------------------------------------------------------------- */

typedef struct {
    const char *family_name;
    const char *title;
    const char *figure_label;
    const char *paragraph;
    const char *summary_one;
    const char *summary_many;
    const char *metric_label;
} words;

static const words ENGLISH = {
    "Poetry festivals",
    "Poetry readings",
    "Poetry readings held",
    "{program} took poetry to the public of {country}.",
    "Through {program}, 1 poetry reading was held in {country}.",
    "Through {program}, {count} poetry readings were held in {country}.",
    "Poetry readings",
};

static const words SPANISH = {
    "Festivales de poesía",
    "Lecturas de poesía",
    "Lecturas de poesía realizadas",
    "{program} llevó la poesía al público de {country}.",
    "A través de {program}, se realizó 1 lectura de poesía en {country}.",
    "A través de {program}, se realizaron {count} lecturas de poesía en {country}.",
    "Lecturas de poesía",
};

/* Spanish for a report in Spanish; English, the plugin's only other language, for any other. */
static const words *words_for(const char *language) {
    const int spanish = language && strncmp(language, "es", 2) == 0 && (language[2] == '\0' || language[2] == '-');
    return spanish ? &SPANISH : &ENGLISH;
}

/* ---- Entry points --------------------------------------------------------------------------- */

static int32_t answer(writer *w, long abi_minor, const words *say, const char *program, const char *country,
                      long readings) {
    put_raw(w, "{\"sections\":[{\"title\":");
    put_sentence(w, say->title, program, country, readings);
    put_raw(w, ",\"blocks\":[{\"type\":\"key-figures\",\"items\":[{\"label\":");
    put_sentence(w, say->figure_label, program, country, readings);
    /* A typed figure: the host writes it as the report's locale does. */
    put_raw(w, ",\"figure\":{\"kind\":\"count\",\"value\":");
    put_number(w, readings);
    put_raw(w, ",\"qualifier\":\"exact\"}}]},{\"type\":\"paragraph\",\"spans\":[{\"text\":");
    put_sentence(w, say->paragraph, program, country, readings);
    put_raw(w, "}]}]}],\"metrics\":[{\"id\":\"readings\",\"label\":");
    put_sentence(w, say->metric_label, program, country, readings);
    /* Each reading is a project of the festival the party took part in. */
    put_raw(w, ",\"kind\":\"count\",\"value\":");
    put_number(w, readings);
    put_raw(w, ",\"qualifier\":\"exact\",\"indicator\":\"beneficiary-projects\"}],\"summary\":");
    put_sentence(w, readings == 1 ? say->summary_one : say->summary_many, program, country, readings);
    /* `family_name` came with ABI 1.1, and hosts before 1.2 tell no minor (0): a host that strictly
     * read an ABI 1.0 response would refuse it, so it is sent to hosts that say they know it. */
    if (abi_minor >= 1) {
        put_raw(w, ",\"family_name\":");
        put_sentence(w, say->family_name, program, country, readings);
    }
    put_raw(w, "}");
    return INFORME_STATUS_OK;
}

static int32_t plugin_process(const uint8_t *input, size_t len, informe_buffer *out) {
    if (!out) return INFORME_STATUS_ERROR;
    json root = NONE;
    if (input && len) {
        const char *end = (const char *)input + len;
        root.p = skip_space((const char *)input, end);
        root.end = end;
    }
    const json context = member(root, "context");
    const json program = member(root, "program");
    if (!context.p || !program.p) return refuse(out, "the request has no context or no program");

    const long abi_minor = integer_of(member(root, "abi_minor"), 0);
    char *language = string_of(member(context, "language"));
    char *country = string_of(member(context, "country"));
    char *name = string_of(member(program, "name"));
    const long readings = array_length(member(member(program, "data"), "readings"));

    writer w = {NULL, 0, 0, 0};
    int32_t status;
    if (!language || !country || !name) {
        status = refuse(out, "the request lacks the context's language or country, or the program's name");
        goto done;
    }
    if (readings < 0) {
        /* The user's data, not the plugin, is at fault: a problem the host locates in the file. */
        put_raw(&w,
                "{\"problems\":[{\"severity\":\"error\",\"path\":\"data.readings\",\"message\":\"expected the list of "
                "the poetry readings held\",\"hint\":\"for example \\\"readings\\\": [\\\"Opening night\\\"]\"}]}");
        status = hand_over(&w, out, INFORME_STATUS_OK);
        goto done;
    }
    status = answer(&w, abi_minor, words_for(language), name, country, readings);
    status = hand_over(&w, out, status);
done:
    free(language);
    free(country);
    free(name);
    return status;
}

static int32_t plugin_schema(informe_buffer *out) {
    if (!out) return INFORME_STATUS_ERROR;
    writer w = {NULL, 0, 0, 0};
    put_raw(&w, "{\"type\":\"object\",\"properties\":{\"readings\":{\"type\":\"array\",\"description\":\"The poetry "
                "readings held, one entry each (its title, or an object describing it); each counts toward the "
                "beneficiary projects\"}},\"required\":[\"readings\"]}");
    return hand_over(&w, out, INFORME_STATUS_OK);
}

/* Every buffer above came from malloc/realloc of this library, so this library's free releases it. */
static void plugin_free(informe_buffer buffer) { free(buffer.ptr); }

#define STR(literal) {(const uint8_t *)(literal), sizeof(literal) - 1}
#define NUMBER(n) #n
#define VERSION_OF(major, minor) NUMBER(major) "." NUMBER(minor)

static const informe_str FAMILIES[] = {STR("poetry-festival")};

static const informe_descriptor DESCRIPTOR = {
    {{'I', 'N', 'F', 'O', 'R', 'M', 'E', '\0'}, INFORME_ABI_MAJOR, INFORME_ABI_MINOR, sizeof(informe_descriptor)},
    /* No SDK: the version of the header the plugin was written against. */
    STR("C header " VERSION_OF(INFORME_ABI_MAJOR, INFORME_ABI_MINOR)),
    STR("poetry-festival"),
    STR("1.0.0"),
    FAMILIES,
    sizeof FAMILIES / sizeof FAMILIES[0],
    plugin_process,
    plugin_schema,
    plugin_free,
};

EXPORT const informe_descriptor *informe_plugin_descriptor(void) { return &DESCRIPTOR; }
