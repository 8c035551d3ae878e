import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { PopupFrame } from '../../components/popup/PopupFrame';
import '../../components/app/theme.css';
import '../../components/popup/popup.css';

render(
  <PopupFrame languages={navigator.languages} mirror={localStorage}>
    <PopupApp languages={navigator.languages} />
  </PopupFrame>,
  document.getElementById('app')!,
);
