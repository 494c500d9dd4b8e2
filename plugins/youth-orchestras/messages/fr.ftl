# IBERORQUESTAS JUVENILES (famille `youth-orchestras`) : orchestres et chœurs d’enfants et de
# jeunes. Les variables sont celles du catalogue de référence (`en`) ; $country est omis, le nom
# d’un pays demandant un article dans cette langue.

family-name = Orchestres de jeunes

projects-paragraph = En { $period }, le programme { $program } a soutenu { STRONG($figure) } { $count ->
        [one] projet
       *[other] projets
    } de musique pour l’enfance et la jeunesse du pays.
summary-projects = Grâce au programme { $program }, { $count ->
        [one] { $figure } projet de musique pour l’enfance et la jeunesse du pays a été soutenu
       *[other] { $figure } projets de musique pour l’enfance et la jeunesse du pays ont été soutenus
    }.

young-musicians-label = Enfants et jeunes musiciens
young-musicians-paragraph = { STRONG($figure) } { $count ->
        [one] enfant ou jeune a participé
       *[other] enfants et jeunes ont participé
    } à la pratique orchestrale et chorale du programme { $program }.
summary-young-musicians = Grâce au programme { $program }, { $figure } { $count ->
        [one] enfant ou jeune a participé
       *[other] enfants et jeunes ont participé
    } à la pratique orchestrale et chorale.

orchestras-label = Orchestres
choirs-label = Chœurs
orchestras-counted = { STRONG($figure) } { $count ->
        [one] orchestre
       *[other] orchestres
    }
choirs-counted = { STRONG($figure) } { $count ->
        [one] chœur
       *[other] chœurs
    }
ensembles-paragraph = { $ensembles } { $count ->
        [one] a participé
       *[other] ont participé
    } au programme { $program }.

concerts-label = Concerts
concerts-paragraph = { $count ->
        [one] { STRONG($figure) } concert a été donné
       *[other] { STRONG($figure) } concerts ont été donnés
    }.
teachers-trained-label = Professeurs de musique formés
teachers-trained-paragraph = { $count ->
        [one] { STRONG($figure) } professeur de musique a suivi
       *[other] { STRONG($figure) } professeurs de musique ont suivi
    } une formation.
workshops-label = Ateliers de formation
workshops-paragraph = { $count ->
        [one] { STRONG($figure) } atelier de formation a été organisé
       *[other] { STRONG($figure) } ateliers de formation ont été organisés
    }.

kind-label = { $kind ->
        [binational] Projets binationaux
        [multinational] Projets multinationaux
       *[common] Projets communs
    }
kind-counted = { STRONG($figure) } { $count ->
        [one] projet
       *[other] projets
    } { $kind ->
        [binational] { $count ->
            [one] binational
           *[other] binationaux
        }
        [multinational] { $count ->
            [one] multinational
           *[other] multinationaux
        }
       *[common] { $count ->
            [one] commun
           *[other] communs
        }
    }
kinds-paragraph = Par type : { $kinds }.
