<!DOCTYPE HTML>
<html>
<head>
<title>就诊指南</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport"
	content="width=device-width, initial-scale=1, maximum-scale=1">

<script src="${resource(dir:'js',file:'jquery-1.9.0.min.js') }" type="text/javascript"></script>

<link href="${resource(dir:'css',file:'patient.css') }" type="text/css" rel="stylesheet"/>

</head>

<body>
	<div id="container">
	    <div class="t_top">
	        <h3>卫生服务中心 - 就诊指南</h3>
	    </div>
		
		<div><h2 style="color:#3e901c">漕河泾街道社区卫生服务中心医技科服务指南</h2></div>
<div class="NewsContent">
    <P><STRONG><IMG style="width: 100%"  BORDER="0" HSPACE="0" ALT="" SRC="${resource(dir:'images',file:'4.gif') }"></STRONG>&nbsp;</P>

<P><STRONG>一、科室简介</STRONG><STRONG> </STRONG><BR>
<STRONG>检验科：</STRONG><STRONG> </STRONG><BR>
<STRONG></STRONG>检验科下设临床检验、临床生物化学、临床免疫学等3个学组，分别开设相关专业的常规检测项目，目前检验科可以提供约100个检测项目；配备了全自动生化仪、全自动免疫分析仪、全自动血液分析仪、最新型全自动血液流变学分析仪、毛细血管电泳仪等相关学组的先进设备，能够进行提供各类检验技术以满足临床医务人员常规诊疗的需求和为社区居民提供的服务。 </P>

<P><STRONG>影像学科：</STRONG><STRONG> </STRONG><BR>
影像学科下设放射科、Ｂ-超、心电图室等3个专业学组，拥有数字化X线摄影（DR）、口腔数字化X线摄片、彩超仪、超声骨密度检测仪、幽门螺旋杆菌检测仪、动态血压、动态心电图监测仪等先进设备，足以满足临床医务人员常规诊疗的需求和为社区居民提供的服务。 </P>

<P><STRONG>二、辅助诊断流程图：</STRONG><STRONG> </STRONG><BR>
医保患者检查流程<STRONG> </STRONG><BR>
<IMG BORDER="0"  style="width: 100%" HSPACE="0" ALT="" SRC="${resource(dir:'images',file:'5.png') }"><BR>
注：自费患者先交费后检查（交费后检查流程同医保患者） </P>

<P><STRONG>三、检测诊断的注意事项</STRONG><STRONG> </STRONG><BR>
<STRONG>空腹抽血注意事项</STRONG><STRONG> </STRONG><BR>
1、空腹时间为10~12小时为宜 <BR>
2、病人处于安静状态，生活饮食处于日常状态， <BR>
3、过度运动、过度空腹、饮食、饮酒、吸烟及姿势体位均可影响某些检验结果， </P>

<P><STRONG>其他采样</STRONG><STRONG>注意事项</STRONG><STRONG> </STRONG><BR>
1、尿液标本必须新鲜流取，以清晨第一次尿为宜，2小时内完成检测 <BR>
2、粪标本必须新鲜流取，一般留取5g左右新鲜标本；放入干燥、清洁、无吸水性的有盖容器内及时送检 </P>

<P><STRONG>放射科检查须知： </STRONG><BR>
1、检查时穿着薄棉质衣服。<BR>
2、受检部位褪去高密度服饰（如金属饰物、油漆印染等）。</P>

<P><STRONG>彩超检查须知：</STRONG><BR>
1、 检查肝脏、胆囊、胰腺时，患者需空腹八至十二小时。<STRONG> </STRONG><BR>
2、检查子宫及附件、膀胱、前列腺请在1小时前饮水&nbsp;1000 &mdash; 1500ml，待膀胱充盈后检查。 <BR>
3、妇科经阴道超声检查需先排空尿液。<BR>
4、检查心脏、血管、甲状腺、乳腺、肾脏等无须特别准备。（心脏、四肢血管检查需预约安排检查时间） <BR>
5、严禁胎儿性别鉴定。 <BR>
<BR>
<STRONG>常规心电图检查须知：</STRONG><BR>
1、检查前不宜饱饮、饱食、吃冷饮和抽烟；安静休息20分钟后检查。 </P>

<P><STRONG>24</STRONG><STRONG>小时动态血压、动态心电图检查须知</STRONG></P>

<OL>
<LI>本检查需预约，请按约定时间来等候检查、领取报告。 
<LI>严禁打开或私自拆下记录盒，<STRONG> </STRONG></LI></OL>
<P>3、请务必于装机后第二日（装机超过24小时）来本科室拆下记录盒。 </P>

<P><STRONG>幽门螺杆菌</STRONG><STRONG>C14</STRONG><STRONG>呼气检测注意事项： </STRONG><BR>
1、需要患者清晨空腹 <BR>
2、近期服用过抗生素等HP敏感药物检测前请停用此类药物。<BR>
3、孕妇、哺乳期妇女应避免作此项检查。<BR>
<STRONG></STRONG><BR>
<STRONG>四、医技科联系电话号码表：</STRONG><STRONG> </STRONG><BR>
<STRONG></STRONG>中心总机 021-54113581；021-54113582<BR>
临床检验室 8205<BR>
临床生化室 8206<BR>
B-超室 8220<BR>
放射科 8208</P>

</div>
   </div>
</body>
</html>