// Draws the /insights charts from the figures the server rendered into #insights-data.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
Chart.defaults.font.family = '"WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif';

const data = JSON.parse(document.getElementById('insights-data').textContent);
const common = { animation: false, responsive: true, maintainAspectRatio: false };

new Chart(document.getElementById('funnel-chart'), {
  type: 'bar',
  data: {
    labels: data.funnel.map((s) => `${s.label} ${s.stage}`),
    datasets: [{ label: '到达该阶段的撮合', data: data.funnel.map((s) => s.reached), backgroundColor: '#2f80ed' }],
  },
  options: { ...common, indexAxis: 'y', plugins: { title: { display: false }, legend: { position: 'bottom' } } },
});

new Chart(document.getElementById('trend-chart'), {
  data: {
    labels: data.months.map((m) => m.month),
    datasets: [
      { type: 'bar', label: '撮合', data: data.months.map((m) => m.matches), backgroundColor: '#9ecbff' },
      { type: 'line', label: '发布需求', data: data.months.map((m) => m.demands), borderColor: '#f2994a', backgroundColor: '#f2994a' },
      { type: 'line', label: '签约', data: data.months.map((m) => m.contracts), borderColor: '#27ae60', backgroundColor: '#27ae60' },
    ],
  },
  options: { ...common, plugins: { legend: { position: 'bottom' } }, scales: { y: { beginAtZero: true } } },
});

// The browser check waits for this before it reads the canvases.
document.body.dataset.chartsReady = 'true';
