# As palavras do SDK em português: os qualificadores dos números (ver `Qualifier`).

# Um qualificador sozinho, como o mostram um título ou uma legenda.
qualifier-approximately = aproximadamente
qualifier-more-than = mais de
qualifier-at-least = pelo menos

# Um número com o seu qualificador; $value é o número tal como o formatador o escreveu.
qualified-approximately = { qualifier-approximately } { $value }
qualified-more-than = { qualifier-more-than } { $value }
qualified-at-least = { qualifier-at-least } { $value }
