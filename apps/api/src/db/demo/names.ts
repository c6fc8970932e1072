// Personal names by administration, in local usage (Portuguese-derived in both countries).

export interface NamePool {
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
  /** Share of people with two given names (e.g. "Maria de Fátima", "José Maria"). */
  doubleGiven: number;
  /** Share of people with two family names (e.g. "da Costa Ximenes"). */
  doubleFamily: number;
}

export const TIMOR_LESTE_NAMES: NamePool = {
  female: [
    'Maria', 'Ana', 'Teresa', 'Joaquina', 'Rosa', 'Filomena', 'Jacinta', 'Isabel', 'Madalena', 'Fátima',
    'Angelina', 'Cesaltina', 'Graciana', 'Ermelinda', 'Natércia', 'Olinda', 'Zelia', 'Lucia', 'Marta', 'Juliana',
    'Aurora', 'Domingas', 'Felismina', 'Januária', 'Mariana', 'Bendita', 'Justina', 'Rosalina', 'Agustinha', 'Imaculada',
    'Carmelita', 'Dulce', 'Elda', 'Ilda', 'Leopoldina', 'Noémia', 'Regina', 'Veneranda', 'Virgínia', 'Adelina',
  ],
  male: [
    'João', 'José', 'Domingos', 'Francisco', 'Agostinho', 'Mateus', 'Natalino', 'Celestino', 'Lourenço', 'António',
    'Manuel', 'Mário', 'Armindo', 'Júlio', 'Alfredo', 'Estanislau', 'Gaspar', 'Hermenegildo', 'Inácio', 'Jacinto',
    'Lino', 'Marcelino', 'Nélson', 'Octávio', 'Paulo', 'Quintino', 'Rogério', 'Sebastião', 'Tomás', 'Vicente',
    'Zacarias', 'Abílio', 'Basílio', 'Constâncio', 'Duarte', 'Ernesto', 'Filipe', 'Gregório', 'Horácio', 'Aniceto',
    'Cornélio', 'Egídio', 'Florindo', 'Leoneto', 'Mariano', 'Olímpio', 'Raimundo', 'Venâncio',
  ],
  family: [
    'da Silva', 'Soares', 'Pereira', 'Ximenes', 'dos Santos', 'Guterres', 'Belo', 'Amaral', 'Martins', 'Freitas',
    'da Costa', 'Alves', 'Gusmão', 'Ramos', 'Carvalho', 'Fernandes', 'de Araújo', 'Tilman', 'Pinto', 'Magno',
    'Sarmento', 'Barreto', 'Correia', 'da Cruz', 'Lopes', 'Mendonça', 'Moniz', 'Noronha', 'de Jesus', 'Quintas',
    'Sequeira', 'Tavares', 'Vieira', 'Borges', 'Cabral', 'de Deus', 'da Fonseca', 'Gomes', 'Hornay', 'Lemos',
    'Lobato', 'Maia', 'Mota', 'do Rosário', 'Reis', 'Sousa', 'da Conceição', 'Brites', 'Leki', 'Mau',
  ],
  doubleGiven: 0.3,
  doubleFamily: 0.35,
};

export const MOZAMBIQUE_NAMES: NamePool = {
  female: [
    'Maria', 'Ana', 'Graça', 'Luísa', 'Celeste', 'Esperança', 'Felizarda', 'Glória', 'Helena', 'Isabel',
    'Joana', 'Lurdes', 'Marta', 'Nélia', 'Olga', 'Paula', 'Rosita', 'Sónia', 'Telma', 'Victória',
    'Alda', 'Benedita', 'Carolina', 'Deolinda', 'Emília', 'Fernanda', 'Gilda', 'Hortência', 'Inês', 'Judite',
    'Laurinda', 'Madalena', 'Natércia', 'Palmira', 'Rabeca', 'Sara', 'Tânia', 'Zaida', 'Argentina', 'Felismina',
  ],
  male: [
    'João', 'José', 'António', 'Manuel', 'Alberto', 'Armando', 'Celso', 'Daniel', 'Eduardo', 'Fernando',
    'Gabriel', 'Hélder', 'Inácio', 'Jorge', 'Lázaro', 'Mateus', 'Nelson', 'Orlando', 'Pedro', 'Quintino',
    'Raul', 'Samuel', 'Tomás', 'Valdemar', 'Zacarias', 'Abel', 'Benedito', 'Carlos', 'Domingos', 'Ernesto',
    'Filipe', 'Gervásio', 'Horácio', 'Ismael', 'Júlio', 'Luís', 'Moisés', 'Narciso', 'Osvaldo', 'Paulino',
    'Rafael', 'Salvador', 'Tiago', 'Victorino', 'Agostinho', 'Castigo', 'Dinis', 'Elias',
  ],
  family: [
    'Machel', 'Chissano', 'Guebuza', 'Nhantumbo', 'Macuácua', 'Sitoe', 'Mondlane', 'Cossa', 'Tembe', 'Mabunda',
    'Chambal', 'Muianga', 'Langa', 'Matsinhe', 'Mucavele', 'Nhaca', 'Zandamela', 'Bila', 'Chilaule', 'Manhiça',
    'Macamo', 'Cumbe', 'Sumbane', 'Ubisse', 'Massingue', 'Mussa', 'Abdul', 'Momade', 'Issufo', 'Amade',
    'dos Santos', 'da Silva', 'Fernandes', 'Pereira', 'Tivane', 'Mahumane', 'Chongo', 'Manjate', 'Mazive', 'Nhamtumbo',
    'Simango', 'Dhlakama', 'Sengo', 'Muchanga', 'Jeque', 'Banze', 'Chirindza', 'Mavie', 'Novela', 'Vilanculos',
  ],
  doubleGiven: 0.2,
  doubleFamily: 0.15,
};
