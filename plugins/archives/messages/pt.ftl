# IBERARCHIVOS (família `archives`): projetos arquivísticos, instituições que os realizaram e
# trabalho sobre os acervos documentais. As variáveis são as do catálogo de referência (`en`);
# $country fica de fora, porque o nome de um país pede artigo nesta língua.

family-name = Arquivos

projects-paragraph = Em { $period }, o programa { $program } apoiou { STRONG($figure) } { $count ->
        [one] projeto arquivístico
       *[other] projetos arquivísticos
    } do país.
summary-projects = Por meio do programa { $program }, { $count ->
        [one] foi apoiado { $figure } projeto arquivístico
       *[other] foram apoiados { $figure } projetos arquivísticos
    } do país.

institutions-label = Instituições arquivísticas apoiadas
institutions-paragraph = O programa { $program } apoiou { STRONG($figure) } { $count ->
        [one] instituição arquivística
       *[other] instituições arquivísticas
    }.
summary-institutions = Por meio do programa { $program }, { $count ->
        [one] foi apoiada { $figure } instituição arquivística
       *[other] foram apoiadas { $figure } instituições arquivísticas
    }.

submitted-label = Projetos apresentados às convocatórias
submitted-paragraph = { $count ->
        [one] Foi apresentado { STRONG($figure) } projeto
       *[other] Foram apresentados { STRONG($figure) } projetos
    } às convocatórias do programa { $program }.

holdings-label = { $work ->
        [organization] Organização
        [description] Descrição
        [conservation] Conservação
       *[digitization] Digitalização
    } ({ $unit })
holdings-work = { $work ->
        [organization] organização
        [description] descrição
        [conservation] conservação
       *[digitization] digitalização
    } de { STRONG($figure) } { $unit }
holdings-paragraph = Trabalho sobre os acervos documentais: { $works }.

lines-caption = Projetos apoiados por linha de ação
column-line = Linha de ação
column-line-projects = Projetos
line-projects-label = Projetos: { $line }
lines-intro = Os projetos apoiados seguiram { $count ->
        [one] esta linha
       *[other] estas linhas
    } de ação:
