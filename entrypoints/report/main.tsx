import { render } from 'preact';
import { AppFrame } from '../../components/app/AppFrame';
import { ReportPage } from '../../components/records/ReportPage';
import '../../components/app/theme.css';

render(
  <AppFrame languages={navigator.languages}>
    <ReportPage query={new URLSearchParams(location.search)} languages={navigator.languages} />
  </AppFrame>,
  document.getElementById('app')!,
);
