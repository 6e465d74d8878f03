import liff from './liff.js';
import './style.css';
import { start } from './app.js';

start(document.getElementById('app'), { liff });
