# A família `libraries` (IBERBIBLIOTECAS…): os projetos dos quais a parte relatora se beneficiou.
# As variáveis são as do catálogo em inglês; o nome do país ($country) pede artigo em português
# («o Brasil», «a Argentina», «Portugal»), que os dados não dão: as frases dizem «o país».

family-name = Bibliotecas

projects-label = Projetos dos quais o país se beneficiou
projects-paragraph = Em { $period }, o país se beneficiou de { STRONG($figure) } { $count ->
        [one] projeto
       *[other] projetos
    }.
summary-projects = Por meio do programa { $program }, o país se beneficiou de { $figure } { $count ->
        [one] projeto
       *[other] projetos
    }.
