export default function Home() {
  return <main>Baseline</main>;
}
