import { render } from 'preact';

function App() {
  return <main>Rapport options</main>;
}
render(<App />, document.getElementById('app')!);
