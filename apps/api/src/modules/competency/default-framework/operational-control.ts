import { area, competency } from './types.js';

/** Operational competencies about control: risk, intelligence, enforcement, audit and the border. */
export const OPERATIONAL_CONTROL_AREAS = [
  area('risk-management', 'operational', ['Risk management', 'Gestão de risco'], [
    competency(
      'risk-management',
      ['Risk management', 'Gestão de risco'],
      ['Identifies, assesses and treats compliance risks so that controls target the highest risks.', 'Identifica, avalia e trata riscos de incumprimento para que os controlos visem os maiores riscos.'],
      [
        ['Knows why customs selects consignments by risk instead of checking everything.', 'Sabe porque as alfândegas selecionam remessas pelo risco em vez de controlar tudo.'],
        ['Applies risk instructions and records control results for feedback.', 'Aplica instruções de risco e regista os resultados dos controlos para retorno.'],
        ['Assesses risks in a sector and proposes risk profiles and treatments.', 'Avalia riscos num setor e propõe perfis de risco e tratamentos.'],
        ['Runs the risk management cycle for the administration and teaches it.', 'Conduz o ciclo de gestão de risco da administração e ensina-o.'],
      ],
    ),
    competency(
      'targeting-selectivity',
      ['Targeting and selectivity', 'Seleção e direcionamento de controlos'],
      ['Builds and tunes selectivity criteria and targets consignments before arrival.', 'Cria e ajusta critérios de seletividade e seleciona remessas antes da chegada.'],
      [
        ['Knows the red, yellow and green channels and what they mean.', 'Conhece os circuitos vermelho, amarelo e verde e o que significam.'],
        ['Reviews selected declarations and reports control outcomes.', 'Analisa declarações selecionadas e comunica os resultados dos controlos.'],
        ['Writes and tunes selectivity profiles and measures their hit rate.', 'Redige e ajusta perfis de seletividade e mede a sua taxa de acerto.'],
        ['Leads a targeting centre and teaches profiling.', 'Dirige um centro de seleção e ensina a criação de perfis.'],
      ],
    ),
  ]),
  area('intelligence-investigation', 'operational', ['Intelligence and investigation', 'Informações e investigação'], [
    competency(
      'intelligence-analysis',
      ['Intelligence analysis', 'Análise de informações'],
      ['Collects, evaluates and analyses information and shares intelligence products, including through the Customs Enforcement Network.', 'Recolhe, avalia e analisa informação e partilha produtos de informações, incluindo através da rede CEN.'],
      [
        ['Knows the intelligence cycle and how to report a suspicion.', 'Conhece o ciclo de informações e como comunicar uma suspeita.'],
        ['Records seizures and information reports in the right format.', 'Regista apreensões e relatórios de informação no formato correto.'],
        ['Analyses links and trends and writes tactical intelligence reports.', 'Analisa ligações e tendências e redige relatórios de informações táticas.'],
        ['Produces strategic assessments, manages informants safely and teaches analysis.', 'Produz avaliações estratégicas, gere informadores com segurança e ensina análise.'],
      ],
    ),
    competency(
      'investigation',
      ['Investigation', 'Investigação'],
      ['Investigates customs offences, gathers admissible evidence and prepares cases for prosecution.', 'Investiga infrações aduaneiras, recolhe prova admissível e prepara processos para acusação.'],
      [
        ['Knows the powers of customs officers and the rights of suspects.', 'Conhece os poderes dos funcionários aduaneiros e os direitos dos suspeitos.'],
        ['Secures evidence and writes an offence report.', 'Preserva a prova e redige um auto de notícia.'],
        ['Conducts interviews, searches and financial enquiries and builds the case file.', 'Conduz inquirições, buscas e averiguações financeiras e constitui o processo.'],
        ['Leads complex and cross-border investigations and teaches investigation.', 'Dirige investigações complexas e transfronteiriças e ensina investigação.'],
      ],
    ),
  ]),
  area('enforcement', 'operational', ['Enforcement', 'Fiscalização e repressão'], [
    competency(
      'anti-smuggling',
      ['Anti-smuggling', 'Combate ao contrabando'],
      ['Detects and stops smuggling of goods across the border and at inland locations.', 'Deteta e trava o contrabando de mercadorias na fronteira e no interior.'],
      [
        ['Knows common smuggling methods and routes.', 'Conhece métodos e rotas comuns de contrabando.'],
        ['Searches vehicles, luggage and premises following procedure.', 'Revista veículos, bagagens e instalações segundo o procedimento.'],
        ['Plans patrols and operations from intelligence and handles seizures.', 'Planeia patrulhas e operações a partir de informações e trata apreensões.'],
        ['Leads joint operations with police and neighbours and teaches search techniques.', 'Dirige operações conjuntas com a polícia e países vizinhos e ensina técnicas de revista.'],
      ],
    ),
    competency(
      'drug-enforcement',
      ['Drugs and precursors', 'Estupefacientes e precursores'],
      ['Detects narcotics and precursor chemicals and handles them safely as evidence.', 'Deteta estupefacientes e precursores químicos e manuseia-os com segurança como prova.'],
      [
        ['Knows the main drugs, their concealment and the safety risks.', 'Conhece as principais drogas, a sua ocultação e os riscos de segurança.'],
        ['Uses drug test kits and follows the chain of custody.', 'Usa kits de teste de drogas e respeita a cadeia de custódia.'],
        ['Profiles couriers and consignments and runs controlled deliveries with the police.', 'Traça perfis de correios e remessas e realiza entregas controladas com a polícia.'],
        ['Coordinates drug enforcement nationally and teaches detection.', 'Coordena o combate à droga a nível nacional e ensina deteção.'],
      ],
    ),
    competency(
      'ipr-enforcement',
      ['Intellectual property rights', 'Direitos de propriedade intelectual'],
      ['Detains counterfeit and pirated goods on request of right holders or on own initiative.', 'Retém mercadorias contrafeitas e pirateadas a pedido dos titulares de direitos ou por iniciativa própria.'],
      [
        ['Knows what counterfeit and pirated goods are and why they matter.', 'Sabe o que são mercadorias contrafeitas e pirateadas e porque importam.'],
        ['Checks goods against applications for action and detains suspects.', 'Confronta mercadorias com pedidos de intervenção e retém as suspeitas.'],
        ['Handles the detention procedure with right holders and destruction.', 'Conduz o procedimento de retenção com os titulares de direitos e a destruição.'],
        ['Manages the IPR programme and teaches product identification.', 'Gere o programa de propriedade intelectual e ensina a identificação de produtos.'],
      ],
    ),
    competency(
      'cites-enforcement',
      ['Wildlife and environment (CITES)', 'Fauna, flora e ambiente (CITES)'],
      ['Controls trade in protected species, waste and ozone-depleting substances.', 'Controla o comércio de espécies protegidas, resíduos e substâncias que empobrecem a camada de ozono.'],
      [
        ['Knows that CITES species and some waste need permits.', 'Sabe que espécies CITES e certos resíduos exigem licenças.'],
        ['Checks CITES permits and refers doubtful specimens to the authority.', 'Verifica licenças CITES e encaminha espécimes duvidosos para a autoridade.'],
        ['Identifies common protected species and leads seizures with the environment agency.', 'Identifica espécies protegidas comuns e conduz apreensões com a entidade do ambiente.'],
        ['Coordinates environmental enforcement and teaches species identification.', 'Coordena a fiscalização ambiental e ensina a identificação de espécies.'],
      ],
    ),
    competency(
      'weapons-strategic-goods',
      ['Weapons and strategic goods', 'Armas e bens estratégicos'],
      ['Controls firearms, explosives and dual-use goods under export control rules.', 'Controla armas de fogo, explosivos e bens de dupla utilização segundo as regras de controlo de exportações.'],
      [
        ['Knows that weapons and dual-use goods are controlled and dangerous.', 'Sabe que armas e bens de dupla utilização são controlados e perigosos.'],
        ['Checks licences and stops unlicensed weapons and ammunition.', 'Verifica licenças e trava armas e munições sem licença.'],
        ['Identifies dual-use items and handles detentions with the licensing authority.', 'Identifica bens de dupla utilização e conduz retenções com a autoridade de licenciamento.'],
        ['Runs the strategic trade control programme and teaches commodity identification.', 'Conduz o programa de controlo do comércio estratégico e ensina a identificação de bens.'],
      ],
    ),
  ]),
  area('post-clearance-audit', 'operational', ['Post-clearance audit', 'Auditoria a posteriori'], [
    competency(
      'post-clearance-audit',
      ['Post-clearance audit', 'Auditoria a posteriori'],
      ['Audits traders’ records after release to verify declarations and recover unpaid duties.', 'Audita os registos dos operadores após a autorização de saída para verificar declarações e recuperar direitos em falta.'],
      [
        ['Knows the purpose of audit after release and the trader’s duty to keep records.', 'Conhece a finalidade da auditoria após a saída e o dever do operador de conservar registos.'],
        ['Takes part in desk audits and checks declarations against invoices and payments.', 'Participa em auditorias documentais e confronta declarações com faturas e pagamentos.'],
        ['Plans and conducts field audits, analyses accounts and writes the audit report.', 'Planeia e realiza auditorias no local, analisa contas e redige o relatório de auditoria.'],
        ['Leads complex audits, reviews audit quality and teaches audit methods.', 'Dirige auditorias complexas, revê a qualidade das auditorias e ensina métodos de auditoria.'],
      ],
    ),
    competency(
      'compliance-management',
      ['Trader compliance management', 'Gestão do cumprimento pelos operadores'],
      ['Encourages voluntary compliance through information, prior disclosure and graduated responses.', 'Promove o cumprimento voluntário através de informação, divulgação prévia e respostas graduadas.'],
      [
        ['Knows that most traders want to comply and need information.', 'Sabe que a maioria dos operadores quer cumprir e precisa de informação.'],
        ['Informs traders of errors and of how to correct them.', 'Informa os operadores dos erros e de como os corrigir.'],
        ['Chooses the right response (advice, penalty, audit) to a trader’s behaviour.', 'Escolhe a resposta adequada (aconselhamento, sanção, auditoria) ao comportamento do operador.'],
        ['Designs the compliance strategy for a sector and teaches it.', 'Concebe a estratégia de cumprimento de um setor e ensina-a.'],
      ],
    ),
  ]),
  area('passenger-border', 'operational', ['Passenger and border control', 'Controlo de passageiros e fronteiras'], [
    competency(
      'passenger-control',
      ['Passenger control', 'Controlo de passageiros'],
      ['Controls travellers and their baggage, allowances and cash declarations at airports and ports.', 'Controla viajantes e as suas bagagens, franquias e declarações de dinheiro em aeroportos e portos.'],
      [
        ['Knows the traveller allowances and the red and green channels.', 'Conhece as franquias dos viajantes e os canais vermelho e verde.'],
        ['Examines baggage and applies allowances and cash declaration rules.', 'Verifica bagagens e aplica franquias e regras de declaração de dinheiro.'],
        ['Selects travellers using passenger data and behaviour and handles detections.', 'Seleciona viajantes com dados de passageiros e comportamento e trata as deteções.'],
        ['Organises passenger control at an airport and teaches profiling of travellers.', 'Organiza o controlo de passageiros num aeroporto e ensina a seleção de viajantes.'],
      ],
    ),
    competency(
      'land-border-operations',
      ['Land border post operations', 'Operações em posto fronteiriço terrestre'],
      ['Runs clearance and control at a land border post with other border agencies.', 'Assegura o desalfandegamento e o controlo num posto fronteiriço terrestre com as outras entidades da fronteira.'],
      [
        ['Knows the tasks of each agency at a land border post.', 'Conhece as tarefas de cada entidade num posto fronteiriço terrestre.'],
        ['Clears small traders and vehicles and keeps the post’s registers.', 'Desalfandega pequenos comerciantes e veículos e mantém os registos do posto.'],
        ['Runs a shift at the post, deals with incidents and works with the neighbouring post.', 'Dirige um turno no posto, trata incidentes e trabalha com o posto vizinho.'],
        ['Manages a border post and trains officers posted there.', 'Gere um posto fronteiriço e forma os funcionários lá colocados.'],
      ],
    ),
  ]),
];
