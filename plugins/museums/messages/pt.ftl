# IBERMUSEOS (família `museums`): redes parceiras, a cota anual e a conquista em políticas públicas.
# As variáveis são as do catálogo em inglês.

dialogue-title = Diálogo internacional e políticas públicas
partners-label = Redes de museus e organizações internacionais mencionadas
partners-intro = O diálogo internacional foi fortalecido com as principais redes e organizações internacionais na área de museus, tais como:
policy-paragraph = O fortalecimento das políticas públicas no plano internacional foi alcançado com { EMPH($achievement) }.

fee-title = Cota anual
fee-label = Cota anual
fee-paragraph = A cota anual foi de { STRONG($fee) }.
agreement = A cota anual multiplicada { $dated ->
        [yes] { $years ->
            [one] pelo { $years } ano
           *[other] pelos { $years } anos
        } de { $period }
       *[no] { $years ->
            [one] pelo { $years } ano pago
           *[other] pelos { $years } anos pagos
        }
    } ({ $years } × { $fee } = { $total }) coincide com os { $paid } informados como pagos no total.

summary = Por meio do programa { $program }, o diálogo internacional foi fortalecido com { $partners } { $partners ->
        [one] rede ou organização internacional mencionada
       *[other] redes e organizações internacionais mencionadas
    } na área de museus.
