# IBERCULTURA VIVA (famille `community-culture`) : culture communautaire. Les variables sont celles
# du catalogue de référence (`en`) ; $country est omis, le nom d’un pays demandant un article dans
# cette langue.

family-name = Culture communautaire

projects-paragraph = En { $period }, le programme { $program } a soutenu { STRONG($figure) } { $count ->
        [one] projet
       *[other] projets
    } de culture communautaire dans le pays.
summary-projects = Grâce au programme { $program }, { $count ->
        [one] { $figure } projet de culture communautaire a été soutenu
       *[other] { $figure } projets de culture communautaire ont été soutenus
    } dans le pays.

organizations-label = Organisations culturelles communautaires soutenues
organizations-paragraph = Le programme { $program } a soutenu { STRONG($figure) } { $count ->
        [one] organisation culturelle communautaire
       *[other] organisations culturelles communautaires
    }.
summary-organizations = Grâce au programme { $program }, { $count ->
        [one] { $figure } organisation culturelle communautaire a été soutenue
       *[other] { $figure } organisations culturelles communautaires ont été soutenues
    }.
culture-points-label = Points de culture
culture-points-paragraph = { STRONG($figure) } { $count ->
        [one] point de culture a participé
       *[other] points de culture ont participé
    } au programme { $program }.
networks-label = Réseaux de culture communautaire soutenus
networks-paragraph = { $count ->
        [one] { STRONG($figure) } réseau de culture communautaire a été soutenu
       *[other] { STRONG($figure) } réseaux de culture communautaire ont été soutenus
    }.
scholarships-label = Bourses de formation
scholarships-paragraph = { $count ->
        [one] { STRONG($figure) } bourse a été accordée
       *[other] { STRONG($figure) } bourses ont été accordées
    } pour une formation aux politiques culturelles communautaires.
mobility-label = Personnes aidées à la mobilité
mobility-paragraph = { $count ->
        [one] { STRONG($figure) } personne a bénéficié
       *[other] { STRONG($figure) } personnes ont bénéficié
    } d’une aide à la mobilité pour participer à des congrès et rencontres de culture communautaire.
local-governments-label = Collectivités locales du réseau
local-governments-paragraph = { $count ->
        [one] { STRONG($figure) } collectivité locale a participé
       *[other] { STRONG($figure) } collectivités locales ont participé
    } au réseau de villes et de gouvernements locaux du programme { $program }.
exchanges-label = Échanges entre communautés
exchanges-paragraph = { $count ->
        [one] { STRONG($figure) } échange d’expériences et de savoirs entre communautés a eu lieu
       *[other] { STRONG($figure) } échanges d’expériences et de savoirs entre communautés ont eu lieu
    }.
