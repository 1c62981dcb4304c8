import { detectLanguage } from '../../src/extract/detect-lang';
import { plainTextOf } from '../../src/extract/plain-text';

describe('language of a page that does not declare one', () => {
  test.each([
    ['en', 'The council said on Friday that the ferry would carry passengers again on Monday, six months after a cracked shaft took it out of service, and that the repairs had been paid for by its insurers.'],
    ['fr', 'Le conseil a annoncé vendredi que le ferry reprendrait du service lundi, six mois après une avarie, et que les réparations seraient payées par les assureurs de la compagnie pour la plupart.'],
    ['de', 'Der Stadtrat teilte am Freitag mit, dass die Fähre am Montag wieder Fahrgäste befördern wird, sechs Monate nachdem eine gebrochene Welle sie außer Betrieb gesetzt hatte, und die Versicherung zahlt.'],
    ['es', 'El ayuntamiento anunció el viernes que el ferry volverá a llevar pasajeros el lunes, seis meses después de que una avería lo dejara fuera de servicio, y que las reparaciones las pagará su aseguradora.'],
    ['it', 'Il consiglio ha annunciato venerdì che il traghetto tornerà a trasportare passeggeri lunedì, sei mesi dopo che un guasto lo aveva messo fuori servizio, e che le riparazioni sono state pagate dagli assicuratori.'],
    ['pt', 'A câmara anunciou na sexta-feira que o ferry voltará a transportar passageiros na segunda-feira, seis meses depois de uma avaria o ter deixado fora de serviço, e que as reparações foram pagas pela seguradora.'],
    ['nl', 'De gemeente heeft vrijdag laten weten dat de veerboot maandag weer passagiers vervoert, zes maanden nadat een gebroken as hem uit de vaart had gehaald, en dat de verzekeraar de reparatie betaalt.'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test.each([[''], ['Ferry'], ['12 34 56'], ['東京で会議が開かれた。'.repeat(20)]])('no guess from %j', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});

describe('plain text from JSON-LD articleBody', () => {
  test.each([
    ['<p>One.</p><p>Two &amp; three.</p>', 'One.\n\nTwo & three.'],
    ['It cost &pound;4m &#8212; &#x201C;too much&#x201D;.', 'It cost £4m — “too much”.'],
    ['A<br>B', 'A\n\nB'],
    ['Keep &unknown; as is', 'Keep &unknown; as is'],
    ['<script>alert(1)</script>Text<style>p{}</style>', 'Text'],
    ['Text <script>never closed', 'Text'],
  ])('%j', (raw, expected) => {
    expect(plainTextOf(raw)).toBe(expected);
  });
});
