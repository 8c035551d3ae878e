import { render } from 'preact';
import { AppFrame } from '../../components/app/AppFrame';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/app/theme.css';

render(
  <AppFrame languages={navigator.languages}>
    <PopupApp />
  </AppFrame>,
  document.getElementById('app')!,
);
