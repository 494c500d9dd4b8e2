# La familia `libraries` (IBERBIBLIOTECAS…): los proyectos de los que se benefició la parte
# informante. Las variables son las del catálogo en inglés.

family-name = Bibliotecas

projects-label = Proyectos de los que se benefició { $country }
projects-paragraph = En { $period }, { $country } se benefició de { STRONG($figure) } { $count ->
        [one] proyecto
       *[other] proyectos
    }.
summary-projects = A través de { $program }, { $country } se benefició de { $figure } { $count ->
        [one] proyecto
       *[other] proyectos
    }.
