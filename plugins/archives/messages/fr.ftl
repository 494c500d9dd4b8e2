# IBERARCHIVOS (famille `archives`) : projets archivistiques, institutions qui les ont menés et
# travail sur les fonds documentaires. Les variables sont celles du catalogue de référence (`en`) ;
# $country est omis, le nom d’un pays demandant un article dans cette langue.

family-name = Archives

projects-paragraph = En { $period }, le programme { $program } a soutenu { STRONG($figure) } { $count ->
        [one] projet archivistique
       *[other] projets archivistiques
    } du pays.
summary-projects = Grâce au programme { $program }, { $count ->
        [one] { $figure } projet archivistique du pays a été soutenu
       *[other] { $figure } projets archivistiques du pays ont été soutenus
    }.

institutions-label = Institutions d’archives soutenues
institutions-paragraph = Le programme { $program } a soutenu { STRONG($figure) } { $count ->
        [one] institution d’archives
       *[other] institutions d’archives
    }.
summary-institutions = Grâce au programme { $program }, { $count ->
        [one] { $figure } institution d’archives a été soutenue
       *[other] { $figure } institutions d’archives ont été soutenues
    }.

submitted-label = Projets présentés aux appels
submitted-paragraph = { $count ->
        [one] { STRONG($figure) } projet a été présenté
       *[other] { STRONG($figure) } projets ont été présentés
    } aux appels du programme { $program }.

holdings-label = { $work ->
        [organization] Organisation
        [description] Description
        [conservation] Conservation
       *[digitization] Numérisation
    } ({ $unit })
holdings-work = { $work ->
        [organization] organisation
        [description] description
        [conservation] conservation
       *[digitization] numérisation
    } de { STRONG($figure) } { $unit }
holdings-paragraph = Travail sur les fonds documentaires : { $works }.

lines-caption = Projets soutenus par ligne d’action
column-line = Ligne d’action
column-line-projects = Projets
line-projects-label = Projets : { $line }
lines-intro = Les projets soutenus ont suivi { $count ->
        [one] cette ligne
       *[other] ces lignes
    } d’action :
