import { render } from 'preact';
import { AppFrame } from '../../components/app/AppFrame';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import '../../components/app/theme.css';

render(
  <AppFrame languages={navigator.languages}>
    <SidePanelApp />
  </AppFrame>,
  document.getElementById('app')!,
);
