// Fictitious people: common Swedish first and last names for demo consumers,
// and the demo staff accounts. Any resemblance to real persons is chance.
import type { Role } from '../schema.js';

export const FIRST_NAMES_SV: readonly string[] = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Kerstin', 'Emma', 'Ingrid', 'Malin', 'Linda', 'Sofia',
  'Elin', 'Ida', 'Hanna', 'Marie', 'Johanna', 'Julia', 'Birgitta', 'Camilla', 'Fatima', 'Amina', 'Elsa',
  'Maja', 'Agnes', 'Ebba', 'Alice', 'Wilma', 'Susanne', 'Jenny', 'Helena', 'Annika', 'Ulla', 'Margareta',
  'Elisabeth', 'Christina', 'Gunilla', 'Monica', 'Nour', 'Leila', 'Lars', 'Anders', 'Johan', 'Per', 'Karl',
  'Erik', 'Mikael', 'Peter', 'Jan', 'Thomas', 'Daniel', 'Fredrik', 'Hans', 'Magnus', 'Mattias', 'Andreas',
  'Stefan', 'Jonas', 'Oskar', 'Alexander', 'Niklas', 'Marcus', 'Björn', 'Gustav', 'Viktor', 'Ali',
  'Mohammed', 'Ahmed', 'Omar', 'Hassan', 'Emil', 'Filip', 'Lucas', 'Oliver', 'William', 'Hugo', 'Nils',
  'Sven', 'Bengt', 'Göran', 'Leif', 'Kjell', 'Mats', 'Ola', 'Jesper',
];

export const LAST_NAMES_SV: readonly string[] = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg',
  'Jakobsson', 'Magnusson', 'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson',
  'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson',
  'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Lundin',
  'Håkansson', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson',
  'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist',
  'Claesson', 'Ali', 'Mohammed', 'Ahmed', 'Hassan', 'Nguyen', 'Yilmaz', 'Kaya', 'Nowak', 'Korhonen',
];

export const FIRST_NAMES_EN: readonly string[] = [
  'James', 'Sarah', 'Michael', 'Emily', 'David', 'Laura', 'Tom', 'Olivia', 'Raj', 'Priya', 'Wei', 'Ana',
  'Carlos', 'Marta', 'Piotr', 'Katarzyna', 'Ahmed', 'Fatima', 'John', 'Chloe',
];

export const LAST_NAMES_EN: readonly string[] = [
  'Smith', 'Brown', 'Wilson', 'Taylor', 'Johnson', 'Patel', 'Singh', 'Chen', 'Garcia', 'Rodriguez',
  'Kowalski', 'Müller', 'Rossi', 'Murphy', 'Novak',
];

export interface DemoLogin {
  username: string;
  role: Role;
  password: string;
  displayName: string;
}

const staff: readonly [username: string, role: Role, displayName: string][] = [
  ['adviser', 'adviser', 'Sara Lindholm'],
  ['teamlead', 'team_lead', 'Johan Ekström'],
  ['supervisor', 'supervisor', 'Maria Sandberg'],
  ['admin', 'admin', 'Peter Nyberg'],
  ['adviser2', 'adviser', 'Ahmed Hassan'],
  ['adviser3', 'adviser', 'Emma Karlsson'],
  ['adviser4', 'adviser', 'Lars Bergström'],
  ['adviser5', 'adviser', 'Fatima Ali'],
  ['adviser6', 'adviser', 'Oskar Lund'],
  ['adviser7', 'adviser', 'Elin Sjöberg'],
  ['adviser8', 'adviser', 'Mikael Holm'],
  ['adviser9', 'adviser', 'Hanna Engström'],
  ['adviser10', 'adviser', 'Daniel Öberg'],
  ['adviser11', 'adviser', 'Leila Nordin'],
  ['adviser12', 'adviser', 'Niklas Wallin'],
];

/** The demo accounts; each password is "demo-<username>". Demo databases only. */
export const DEMO_LOGINS: readonly DemoLogin[] = staff.map(([username, role, displayName]) => ({
  username,
  role,
  password: `demo-${username}`,
  displayName,
}));
