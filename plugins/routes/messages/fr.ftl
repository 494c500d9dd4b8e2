# IBER-RUTAS (famille `routes`) : migration et interculturalité — concours et prix, fonds d’aide
# aux actions culturelles avec des communautés migrantes, études. Les variables sont celles du
# catalogue de référence (`en`) ; $country est omis, le nom d’un pays demandant un article dans
# cette langue.

family-name = Migration et interculturalité

projects-paragraph = En { $period }, le programme { $program } a soutenu { STRONG($figure) } { $count ->
        [one] projet
       *[other] projets
    } sur la migration et l’interculturalité dans le pays.
summary-projects = Grâce au programme { $program }, { $count ->
        [one] { $figure } projet sur la migration et l’interculturalité dans le pays a été soutenu
       *[other] { $figure } projets sur la migration et l’interculturalité dans le pays ont été soutenus
    }.

entries-label = Œuvres présentées aux concours
entries-paragraph = { $count ->
        [one] { STRONG($figure) } œuvre a été présentée
       *[other] { STRONG($figure) } œuvres ont été présentées
    } aux concours du programme { $program }.
awarded-label = Œuvres primées
awarded-paragraph = { $count ->
        [one] { STRONG($figure) } œuvre a été primée
       *[other] { STRONG($figure) } œuvres ont été primées
    }.
contests-caption = Concours et prix du programme { $program }
column-contest = Concours
column-entries = Œuvres reçues
column-awarded = Œuvres primées
contest-entries-label = Œuvres reçues : { $contest }
contest-awarded-label = Œuvres primées : { $contest }

aids-label = Aides du fonds
aids-paragraph = { $count ->
        [one] { STRONG($figure) } aide du fonds a été accordée
       *[other] { STRONG($figure) } aides du fonds ont été accordées
    } à des actions culturelles avec des communautés migrantes.
summary-aids = Grâce au programme { $program }, { $count ->
        [one] { $figure } aide a été accordée
       *[other] { $figure } aides ont été accordées
    } à des actions culturelles avec des communautés migrantes.
migrant-actions-label = Actions culturelles avec des communautés migrantes
migrant-actions-paragraph = { $count ->
        [one] { STRONG($figure) } action culturelle a été menée
       *[other] { STRONG($figure) } actions culturelles ont été menées
    } avec des communautés migrantes.
summary-migrant-actions = Grâce au programme { $program }, { $count ->
        [one] { $figure } action culturelle a été menée
       *[other] { $figure } actions culturelles ont été menées
    } avec des communautés migrantes.
studies-label = Études sur les processus migratoires
studies-paragraph = { $count ->
        [one] { STRONG($figure) } étude sur les processus migratoires a été réalisée
       *[other] { STRONG($figure) } études sur les processus migratoires ont été réalisées
    }.
audience-label = Public des expositions et manifestations
audience-paragraph = Les expositions et manifestations ont réuni { STRONG($figure) } { $count ->
        [one] personne
       *[other] personnes
    }.
