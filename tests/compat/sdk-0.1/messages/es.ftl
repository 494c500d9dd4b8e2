# Las palabras del SDK en español: los calificativos de las cifras (véase `Qualifier`).

# Un calificativo solo, como lo muestran un encabezado o una leyenda.
qualifier-approximately = aproximadamente
qualifier-more-than = más de
qualifier-at-least = al menos

# Una cifra con su calificativo; $value es la cifra tal como la escribió el formateador.
qualified-approximately = { qualifier-approximately } { $value }
qualified-more-than = { qualifier-more-than } { $value }
qualified-at-least = { qualifier-at-least } { $value }
