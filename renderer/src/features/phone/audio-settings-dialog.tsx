// Audio for the phone: the microphone, the headset for the call, the
// speakers for the ring, and the headset's call-control buttons (WebHID).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { setRingOutput } from '../live/offer-ring';
import { readAudioSettings, writeAudioSettings, type AudioSettings } from './audio-settings';
import { webHidAvailable } from './headset-hid';
import { chooseHeadset, useHeadsetStore } from './headset-manager';

interface Device {
  id: string;
  label: string;
}

function useDevices(): { inputs: Device[]; outputs: Device[] } {
  const [devices, setDevices] = useState<{ inputs: Device[]; outputs: Device[] }>({ inputs: [], outputs: [] });
  useEffect(() => {
    let live = true;
    const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
    if (!media?.enumerateDevices) return;
    void media.enumerateDevices().then((all) => {
      if (!live) return;
      const pick = (kind: MediaDeviceKind) => all.filter((d) => d.kind === kind && d.deviceId !== 'default' && d.deviceId !== '').map((d, i) => ({ id: d.deviceId, label: d.label || `#${i + 1}` }));
      setDevices({ inputs: pick('audioinput'), outputs: pick('audiooutput') });
    });
    return () => {
      live = false;
    };
  }, []);
  return devices;
}

export function AudioSettingsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { inputs, outputs } = useDevices();
  const [settings, setSettings] = useState<AudioSettings>(readAudioSettings);
  const headset = useHeadsetStore();
  const hid = webHidAvailable();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    writeAudioSettings(settings);
    setRingOutput(settings.ringOutputId);
    onClose();
  };

  const select = (id: string, label: string, value: string | null, list: Device[], onChange: (v: string | null) => void, autoFocus = false) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} data-autofocus={autoFocus ? true : undefined}>
        <option value="">{t('phone.systemDefault')}</option>
        {list.map((d) => (
          <option key={d.id} value={d.id}>
            {d.label.startsWith('#') ? t('phone.deviceUnnamed', { n: d.label.slice(1) }) : d.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <ModalDialog title={t('phone.audioTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        {select('audio-mic', t('phone.microphone'), settings.microphoneId, inputs, (v) => setSettings({ ...settings, microphoneId: v }), true)}
        {select('audio-call', t('phone.callOutput'), settings.callOutputId, outputs, (v) => setSettings({ ...settings, callOutputId: v }))}
        {select('audio-ring', t('phone.ringOutput'), settings.ringOutputId, outputs, (v) => setSettings({ ...settings, ringOutputId: v }))}
        <p className="hint">{t('phone.devicesHint')}</p>
        <fieldset className="field">
          <legend>{t('phone.headsetButtons')}</legend>
          {!hid ? (
            <p className="hint">{t('phone.headsetUnsupported')}</p>
          ) : (
            <>
              <p role="status">{headset.name ? t('phone.headsetConnected', { name: headset.name }) : t('phone.headsetNone')}</p>
              <button type="button" onClick={() => void chooseHeadset()}>
                {t('phone.headsetConnect')}
              </button>
              {headset.error && (
                <p className="form-error" role="alert">
                  {t('phone.headsetFailed', { message: headset.error })}
                </p>
              )}
            </>
          )}
        </fieldset>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('phone.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
