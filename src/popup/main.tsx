import { render } from 'preact';

function App() {
  return <main>Rapport popup</main>;
}
render(<App />, document.getElementById('app')!);
