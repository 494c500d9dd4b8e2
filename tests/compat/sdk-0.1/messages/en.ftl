# The SDK's own words, in English: the qualifiers of figures (see `Qualifier`).
# Every other catalogue of this folder has the same messages, with the same variables.

# A qualifier alone, as a heading or a legend may show it.
qualifier-approximately = approximately
qualifier-more-than = more than
qualifier-at-least = at least

# A figure with its qualifier; $value is the figure as the formatter wrote it.
qualified-approximately = { qualifier-approximately } { $value }
qualified-more-than = { qualifier-more-than } { $value }
qualified-at-least = { qualifier-at-least } { $value }
