import { area, competency } from './types.js';

/** Trade facilitation and customs IT (operational) and the management competencies. */
export const FACILITATION_MANAGEMENT_AREAS = [
  area('trade-facilitation', 'operational', ['Trade facilitation', 'Facilitação do comércio'], [
    competency(
      'wto-tfa',
      ['WTO Trade Facilitation Agreement', 'Acordo de Facilitação do Comércio da OMC'],
      ['Applies and implements the measures of the WTO Trade Facilitation Agreement.', 'Aplica e implementa as medidas do Acordo de Facilitação do Comércio da OMC.'],
      [
        ['Knows the aims of the agreement and its main measures.', 'Conhece os objetivos do acordo e as suas principais medidas.'],
        ['Applies facilitation measures such as publication and pre-arrival processing in own work.', 'Aplica medidas de facilitação como a publicação e o tratamento prévio à chegada no seu trabalho.'],
        ['Assesses the administration’s compliance with a measure and plans its implementation.', 'Avalia o cumprimento de uma medida pela administração e planeia a sua implementação.'],
        ['Leads implementation and reporting of the agreement and teaches it.', 'Dirige a implementação e o reporte do acordo e ensina-o.'],
      ],
    ),
    competency(
      'aeo',
      ['Authorised economic operators', 'Operadores económicos autorizados'],
      ['Assesses, authorises and monitors traders under the AEO programme in line with the SAFE Framework.', 'Avalia, autoriza e acompanha operadores no programa OEA, em linha com o Quadro SAFE.'],
      [
        ['Knows what an AEO is and what benefits it receives.', 'Sabe o que é um OEA e que benefícios recebe.'],
        ['Processes AEO applications and checks the documents.', 'Processa candidaturas a OEA e verifica os documentos.'],
        ['Audits applicants against the criteria and monitors authorised operators.', 'Audita candidatos face aos critérios e acompanha os operadores autorizados.'],
        ['Manages the AEO programme, negotiates mutual recognition and teaches it.', 'Gere o programa OEA, negoceia o reconhecimento mútuo e ensina-o.'],
      ],
    ),
    competency(
      'single-window',
      ['Single window', 'Janela única'],
      ['Uses and develops the single window through which traders submit all border documents once.', 'Utiliza e desenvolve a janela única pela qual os operadores entregam uma só vez todos os documentos de fronteira.'],
      [
        ['Knows the idea of a single window and the agencies it links.', 'Conhece a ideia de janela única e as entidades que liga.'],
        ['Processes permits and declarations received through the single window.', 'Processa licenças e declarações recebidas pela janela única.'],
        ['Maps procedures and data of partner agencies for the single window.', 'Mapeia procedimentos e dados das entidades parceiras para a janela única.'],
        ['Leads single window design with partner agencies and teaches it.', 'Dirige a conceção da janela única com as entidades parceiras e ensina-a.'],
      ],
    ),
    competency(
      'advance-rulings',
      ['Advance rulings', 'Decisões prévias'],
      ['Issues binding advance rulings on classification, origin and valuation on request of traders.', 'Emite decisões prévias vinculativas sobre classificação, origem e valor a pedido dos operadores.'],
      [
        ['Knows that traders can ask for an advance ruling and how.', 'Sabe que os operadores podem pedir uma decisão prévia e como.'],
        ['Registers requests and checks that they are complete.', 'Regista pedidos e verifica se estão completos.'],
        ['Drafts rulings with the legal reasoning and publishes them.', 'Redige decisões com a fundamentação jurídica e publica-as.'],
        ['Manages the advance ruling service and teaches ruling drafting.', 'Gere o serviço de decisões prévias e ensina a sua redação.'],
      ],
    ),
    competency(
      'coordinated-border-management',
      ['Coordinated border management', 'Gestão coordenada de fronteiras'],
      ['Coordinates controls with other border agencies and neighbouring administrations.', 'Coordena os controlos com outras entidades de fronteira e administrações vizinhas.'],
      [
        ['Knows which agencies act at the border and what they control.', 'Sabe que entidades atuam na fronteira e o que controlam.'],
        ['Arranges joint inspections with another agency for a consignment.', 'Organiza verificações conjuntas com outra entidade para uma remessa.'],
        ['Plans joint procedures and shared facilities with other agencies.', 'Planeia procedimentos conjuntos e instalações partilhadas com outras entidades.'],
        ['Negotiates cooperation agreements and one-stop border posts and teaches them.', 'Negoceia acordos de cooperação e postos fronteiriços de paragem única e ensina-os.'],
      ],
    ),
  ]),
  area('customs-it', 'operational', ['Customs IT (ASYCUDA World)', 'Informática aduaneira (ASYCUDA World)'], [
    competency(
      'asycuda-world',
      ['Using ASYCUDA World', 'Utilização do ASYCUDA World'],
      ['Processes declarations, manifests and payments in ASYCUDA World.', 'Processa declarações, manifestos e pagamentos no ASYCUDA World.'],
      [
        ['Signs in and finds a declaration in ASYCUDA World.', 'Entra no ASYCUDA World e encontra uma declaração.'],
        ['Processes routine declarations and manifests in the system.', 'Processa declarações e manifestos correntes no sistema.'],
        ['Uses every module of own job, queries and reports without help.', 'Usa todos os módulos da sua função, consultas e relatórios sem ajuda.'],
        ['Supports users, writes job aids and teaches the system.', 'Apoia utilizadores, redige guias práticos e ensina o sistema.'],
      ],
    ),
    competency(
      'asycuda-configuration',
      ['Customs system administration', 'Administração do sistema aduaneiro'],
      ['Maintains reference tables, user rights, selectivity and data quality in the customs system.', 'Mantém tabelas de referência, direitos de utilizadores, seletividade e qualidade dos dados no sistema aduaneiro.'],
      [
        ['Knows which tables and rights the system holds and who changes them.', 'Sabe que tabelas e direitos o sistema contém e quem os altera.'],
        ['Updates reference tables and user accounts following procedure.', 'Atualiza tabelas de referência e contas de utilizadores segundo o procedimento.'],
        ['Configures selectivity, tariff and workflow settings and checks data quality.', 'Configura seletividade, pauta e fluxos de trabalho e verifica a qualidade dos dados.'],
        ['Plans system upgrades and roll-outs and trains administrators.', 'Planeia atualizações e implantações do sistema e forma administradores.'],
      ],
    ),
  ]),
  area('leadership-management', 'management', ['Leadership and management', 'Liderança e gestão'], [
    competency(
      'leadership',
      ['Leadership', 'Liderança'],
      ['Sets direction, motivates staff and leads by example, including through change.', 'Define a orientação, motiva o pessoal e lidera pelo exemplo, também em períodos de mudança.'],
      [
        ['Knows what is expected of a team leader.', 'Sabe o que se espera de um chefe de equipa.'],
        ['Leads a small team on daily tasks and sets a good example.', 'Lidera uma pequena equipa nas tarefas diárias e dá o exemplo.'],
        ['Leads a unit through change, delegates and makes decisions under pressure.', 'Conduz uma unidade na mudança, delega e decide sob pressão.'],
        ['Leads a directorate, develops future leaders and teaches leadership.', 'Dirige uma direção, desenvolve futuros líderes e ensina liderança.'],
      ],
    ),
    competency(
      'strategic-planning',
      ['Strategic planning and policy', 'Planeamento estratégico e políticas'],
      ['Turns government policy into customs strategy, plans and measurable objectives.', 'Transforma a política do Governo em estratégia, planos e objetivos mensuráveis das alfândegas.'],
      [
        ['Knows the administration’s strategy and its main objectives.', 'Conhece a estratégia da administração e os seus principais objetivos.'],
        ['Contributes to the unit’s annual plan and reports against it.', 'Contribui para o plano anual da unidade e reporta a sua execução.'],
        ['Writes the unit’s plan with indicators and reviews progress.', 'Redige o plano da unidade com indicadores e revê os progressos.'],
        ['Leads strategy development for the administration and teaches planning.', 'Dirige a elaboração da estratégia da administração e ensina planeamento.'],
      ],
    ),
    competency(
      'people-management',
      ['People management', 'Gestão de pessoas'],
      ['Manages performance, development and wellbeing of staff, including career paths and rotation.', 'Gere o desempenho, o desenvolvimento e o bem-estar do pessoal, incluindo carreiras e rotação.'],
      [
        ['Knows the rules on appraisal, leave and discipline.', 'Conhece as regras de avaliação, férias e disciplina.'],
        ['Agrees objectives with staff and gives regular feedback.', 'Acorda objetivos com o pessoal e dá feedback regular.'],
        ['Appraises staff, identifies their training needs and handles conflicts.', 'Avalia o pessoal, identifica as suas necessidades de formação e gere conflitos.'],
        ['Designs HR policies such as competency profiles and career paths, and teaches them.', 'Concebe políticas de recursos humanos, como perfis de competências e carreiras, e ensina-as.'],
      ],
    ),
    competency(
      'financial-management',
      ['Financial management', 'Gestão financeira'],
      ['Prepares and controls budgets and spends public money lawfully and economically.', 'Prepara e controla orçamentos e gasta dinheiro público com legalidade e economia.'],
      [
        ['Knows the budget cycle and the rules for public spending.', 'Conhece o ciclo orçamental e as regras da despesa pública.'],
        ['Prepares spending requests and keeps records of expenses.', 'Prepara pedidos de despesa e mantém registos das despesas.'],
        ['Prepares a unit budget and monitors its execution.', 'Prepara o orçamento de uma unidade e acompanha a sua execução.'],
        ['Manages the administration’s budget and donor funds and teaches financial management.', 'Gere o orçamento da administração e os fundos de doadores e ensina gestão financeira.'],
      ],
    ),
    competency(
      'project-management',
      ['Project management', 'Gestão de projetos'],
      ['Plans and delivers projects on time and budget, such as IT roll-outs and reforms.', 'Planeia e executa projetos dentro do prazo e do orçamento, como implantações informáticas e reformas.'],
      [
        ['Knows the phases of a project and the role of a project plan.', 'Conhece as fases de um projeto e o papel de um plano de projeto.'],
        ['Carries out assigned project tasks and reports progress.', 'Executa as tarefas atribuídas no projeto e reporta os progressos.'],
        ['Manages a project with plan, risks, budget and stakeholders.', 'Gere um projeto com plano, riscos, orçamento e partes interessadas.'],
        ['Manages a portfolio of projects and teaches project management.', 'Gere uma carteira de projetos e ensina gestão de projetos.'],
      ],
    ),
    competency(
      'stakeholder-engagement',
      ['Stakeholder engagement', 'Relação com as partes interessadas'],
      ['Consults traders, agencies and donors and builds partnerships that serve the administration.', 'Consulta operadores, entidades e doadores e cria parcerias que servem a administração.'],
      [
        ['Knows who the administration’s main partners are.', 'Sabe quem são os principais parceiros da administração.'],
        ['Takes part in meetings with traders and records their concerns.', 'Participa em reuniões com operadores e regista as suas preocupações.'],
        ['Organises consultations and negotiates agreements with partners.', 'Organiza consultas e negoceia acordos com parceiros.'],
        ['Represents the administration with ministries, donors and the WCO and teaches engagement.', 'Representa a administração junto de ministérios, doadores e da OMA e ensina a relação com parceiros.'],
      ],
    ),
  ]),
];
