# Les mots du SDK en français : les qualificatifs des chiffres (voir `Qualifier`).

# Un qualificatif seul, tel qu'un titre ou une légende le montre.
qualifier-approximately = environ
qualifier-more-than = plus de
qualifier-at-least = au moins

# Un chiffre avec son qualificatif ; $value est le chiffre tel que le formateur l'a écrit.
qualified-approximately = { qualifier-approximately } { $value }
qualified-more-than = { qualifier-more-than } { $value }
qualified-at-least = { qualifier-at-least } { $value }
