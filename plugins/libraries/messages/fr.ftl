# La famille `libraries` (IBERBIBLIOTECAS…) : les projets dont la partie déclarante a bénéficié.
# Les variables sont celles du catalogue anglais ; le nom du pays ($country) demanderait un
# article (« le Brésil », « la France ») que les données ne donnent pas : les phrases disent « le
# pays ».

family-name = Bibliothèques

projects-label = Projets dont le pays a bénéficié
projects-paragraph = En { $period }, le pays a bénéficié de { STRONG($figure) } { $count ->
        [one] projet
       *[other] projets
    }.
summary-projects = Grâce au programme { $program }, le pays a bénéficié de { $figure } { $count ->
        [one] projet
       *[other] projets
    }.
