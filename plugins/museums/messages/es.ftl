# IBERMUSEOS (familia `museums`): redes asociadas, la cuota anual y el logro en políticas públicas.
# Las variables son las del catálogo en inglés.

dialogue-title = Diálogo internacional y políticas públicas
partners-label = Redes de museos y organizaciones internacionales mencionadas
partners-intro = Se fortaleció el diálogo internacional con las principales redes y organizaciones internacionales en el ámbito de los museos, tales como:
policy-paragraph = El fortalecimiento de las políticas públicas en el plano internacional se logró con { EMPH($achievement) }.

fee-title = Cuota anual
fee-label = Cuota anual
fee-paragraph = La cuota anual fue de { STRONG($fee) }.
agreement = La cuota anual multiplicada por { $dated ->
        [yes] { $years ->
            [one] el { $years } año
           *[other] los { $years } años
        } de { $period }
       *[no] { $years ->
            [one] el { $years } año pagado
           *[other] los { $years } años pagados
        }
    } ({ $years } × { $fee } = { $total }) concuerda con los { $paid } reportados como pagados en total.

summary = A través de { $program }, se fortaleció el diálogo internacional con { $partners } { $partners ->
        [one] red u organización internacional mencionada
       *[other] redes y organizaciones internacionales mencionadas
    } en el ámbito de los museos.
