<%@ page language="java" contentType="text/html; charset=UTF-8"
         pageEncoding="UTF-8" %>
<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <title></title>
    <style type="text/css">

        * {
            margin: 0px;
            padding: 0px;
            background-color: #ECECEC;
        }

        #all {
            width: 1280px;
            height: 600px;
            line-height: 55px;
            margin: 0px auto;
            margin-top: 58px;
            margin-left: 35px;

            border: 1px solid #ECECEC;

        }

        #all p {
            padding: 0px;
            color: rgb(51, 51, 51);
            text-indent: 43px;
            letter-spacing: normal;
            font-family: 等线;
            font-size: 21px;
            font-style: normal;
            font-weight: 400;
            word-spacing: 0px;
            white-space: normal;
        }
        #all span{
            font-family: 仿宋;
            font-size: 21px;
        }
    </style>
</head>
<body>
<div id="all" style="overflow-y: auto">
    <h1 align="center" style="font-family: 方正粗黑宋简体;">关于举办重庆城市科技学院校园运动会的通知</h1>
    <hr>

    <p><span>为推动校园体育事业建设，积极响应团中央“三走”倡议，开展好“健康重大积健行动”，丰富我校学生疫情期间居家生活，增强我校学生体魄，树立战胜疫情坚定信念，经研究，决定举办重庆城市科技学院校园运动会，现就有关事宜通知如下。</span></p>

    <h3 style="font-family: 黑体;font-size: 25px"> 一、活动时间</h3>
    <p><span>2022年4月27日至5月2日</span></p>

    <h3 style="font-family: 黑体;font-size: 25px">二、参赛对象</h3>
    <p><span>重庆城市科技学院全体学生</span></p>

    <h3 style="font-family: 黑体;font-size: 25px">三、比赛项目</h3>
    <p><span>（一）男子个人组：跳绳计时赛、开合跳计时赛、平板支撑耐力赛、引体向上计时赛、投篮计时赛、俯卧撑计时赛</span></p>
    <p><span>（二）女子个人组：跳绳计时赛、开合跳计时赛、平板支撑耐力赛、深蹲计时赛、投篮计时赛、仰卧起坐计时赛</span></p>
    <p><span>（三）团队赛：跳绳团队赛、开合跳团队赛</span></p>

    <h3 style="font-family: 黑体;font-size: 25px">四、奖励办法</h3>
    <p><span>本次活动将分别评选单位组织奖和个人单项奖。其中获得总积分前三名的学院将获得本届赛会冠亚季军，积分规则参见附件；各单项赛事前三名获得者获得相应奖品，个人赛前八名颁发证书。</span></p>

    <h3 style="font-family: 黑体;font-size: 25px">五、报名方式</h3>
    <p><span>学院报名：以学院为单位组成参赛队伍，领队一人，参赛人数不限制。</span></p>
</div>
</body>
</html>
