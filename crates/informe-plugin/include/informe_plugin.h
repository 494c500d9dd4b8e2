/* informe_plugin.h: the C ABI of informe plugins (ABI 1.2), the same layout as the SDK's abi.rs. */
/*
 * A plugin is a shared library exporting `informe_plugin_descriptor`, which returns a pointer to
 * a static descriptor. Everything else crosses as JSON bytes: the host sends a request, the
 * plugin answers into an informe_buffer it allocated, and the host hands that buffer back to the
 * plugin's own `free`, because the two sides may use different allocators. The JSON messages
 * are the SDK's `exchange` types; what may change between versions is in its `compat` module.
 * crates/informe-plugin/tests/header.rs checks this file against the Rust types.
 */
#ifndef INFORME_PLUGIN_H
#define INFORME_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The first 8 bytes of every descriptor. */
#define INFORME_MAGIC "INFORME\0"
/* A host refuses a plugin of another major; any minor of its major is served. */
#define INFORME_ABI_MAJOR 1
#define INFORME_ABI_MINOR 2
/* The symbol the host looks up: a function of type informe_entry_fn. */
#define INFORME_ENTRY_SYMBOL "informe_plugin_descriptor"

/* Statuses of an entry point; the output buffer holds JSON in every case. */
#define INFORME_STATUS_OK 0    /* the output is the entry point's JSON result */
#define INFORME_STATUS_ERROR 1 /* the output is {"error": "..."}: a clean refusal */
#define INFORME_STATUS_PANIC 2 /* the output is {"error": "..."}: the plugin failed unexpectedly */

/* A UTF-8 string (not NUL-terminated) that lives as long as the library. */
typedef struct informe_str {
    const uint8_t *ptr;
    size_t len;
} informe_str;

/* Bytes the plugin allocated; released only by the plugin's `free`. */
typedef struct informe_buffer {
    uint8_t *ptr;
    size_t len;
    size_t cap; /* the plugin's own bookkeeping: the host never reads it */
} informe_buffer;

/* Fixed for every ABI version: a host reads this alone before trusting anything else. */
typedef struct informe_descriptor_header {
    uint8_t magic[8];
    uint16_t abi_major;
    uint16_t abi_minor;
    uint32_t size; /* sizeof the whole descriptor as the plugin was built */
} informe_descriptor_header;

/* Processes one program: `input` is a JSON request of `len` bytes; `out` receives the JSON response. */
typedef int32_t (*informe_process_fn)(const uint8_t *input, size_t len, informe_buffer *out);
/* Writes the JSON Schema of the family `data` the plugin reads. */
typedef int32_t (*informe_schema_fn)(informe_buffer *out);
/* Releases a buffer one of the entry points returned, exactly once. */
typedef void (*informe_free_fn)(informe_buffer buffer);

/* A later minor may only append fields; `header.size` tells the host which ones a plugin has. */
typedef struct informe_descriptor {
    informe_descriptor_header header;
    informe_str sdk_version; /* of the SDK, or of this header for a plugin without one */
    informe_str name;
    informe_str version;
    const informe_str *families; /* the program families served */
    size_t families_len;
    informe_process_fn process;
    informe_schema_fn schema;
    informe_free_fn free;
} informe_descriptor;

typedef const informe_descriptor *(*informe_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* INFORME_PLUGIN_H */
