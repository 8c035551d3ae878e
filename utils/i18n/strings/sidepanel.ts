import { defineStrings } from '../define-strings';

/** The side panel's frame: its views, settings and the storage line. */
export const sidepanel = defineStrings({
  en: {
    sidepanelViews: 'Sections',
    sidepanelViewNotes: 'Notes',
    sidepanelSettings: 'Settings',
    sidepanelStorageUsed: 'Stored on this device: {size}.',
    sidepanelStorageKept: 'Your browser has agreed to keep your notes even when disk space runs low.',
    sidepanelStorageNotKept:
      'Your browser may clear stored data if the disk gets very full. Keeping an exported copy now and then keeps your notes safe.',
    sidepanelOnDevice: 'Your notes stay on this device. Nothing is sent anywhere.',
  },
  zh_CN: {
    sidepanelViews: '栏目',
    sidepanelViewNotes: '记录',
    sidepanelSettings: '设置',
    sidepanelStorageUsed: '本设备已存储：{size}。',
    sidepanelStorageKept: '浏览器已同意：即使磁盘空间不足，也会保留您的记录。',
    sidepanelStorageNotKept: '磁盘空间非常紧张时，浏览器可能会清理存储的数据。不时导出一份副本，可以让记录更安全。',
    sidepanelOnDevice: '您的记录只保存在这台设备上，不会发送到任何地方。',
  },
  zh_TW: {
    sidepanelViews: '分頁',
    sidepanelViewNotes: '紀錄',
    sidepanelSettings: '設定',
    sidepanelStorageUsed: '這部裝置已儲存：{size}。',
    sidepanelStorageKept: '瀏覽器已同意：即使磁碟空間不足，也會保留您的紀錄。',
    sidepanelStorageNotKept: '磁碟空間非常吃緊時，瀏覽器可能會清除儲存的資料。不時匯出一份備份，能讓紀錄更安全。',
    sidepanelOnDevice: '您的紀錄只存在這部裝置上，不會傳送到任何地方。',
  },
});
